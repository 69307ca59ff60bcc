package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Shaped like a generated client: constructed from the ApiClient. */
  record KrakenClient(ApiClient api) {
    static ClientBuilder<KrakenClient> builder() {
      return new ClientBuilder<>(TestApis.KRAKEN, KrakenClient::new);
    }
  }

  @Test
  void sendsAcceptUserAgentClientIdAndTokenPerPlacement() {
    KrakenClient client =
        KrakenClient.builder()
            .baseUrl(server.baseUrl())
            .clientId("cid123")
            .accessToken("tok-secret-1")
            .build();

    client
        .api()
        .execute(
            TestApis.CHANNEL_GET,
            RequestValues.builder().path("channel", "hebo").build(),
            Void.class);

    TestServer.Req req = server.requests().get(0);
    assertEquals("GET", req.method());
    assertEquals("/kraken/channels/hebo", req.path());
    assertEquals(TestServer.KRAKEN_JSON, req.header("Accept").orElseThrow());
    assertEquals("OAuth tok-secret-1", req.header("Authorization").orElseThrow());
    assertEquals(Map.of("client_id", "cid123"), req.query());
    String ua = req.header("User-Agent").orElseThrow();
    assertTrue(ua.startsWith("kraken-codegen-runtime/"), ua);
    assertTrue(ua.contains(" Kraken/v1 "), ua);
  }

  @Test
  void userAgentCanBeReplaced() {
    ApiClient client = TestApis.kraken(server).userAgent("my-app/2.0").build();
    client.execute(
        TestApis.CHANNEL_GET, RequestValues.builder().path("channel", "x").build(), Void.class);
    assertEquals("my-app/2.0", server.requests().get(0).header("User-Agent").orElseThrow());
  }

  @Test
  void tokenInQueryAndClientIdInHeader() {
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, Function.identity())
            .baseUrl(server.baseUrl())
            .clientId("cid")
            .accessToken("qtoken")
            .build();
    client.execute(
        TestApis.CHANNEL_GET,
        RequestValues.builder().path("channel", "x").query("limit", 5).build(),
        Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals(Map.of("limit", "5", "oauth_token", "qtoken"), req.query());
    assertEquals("cid", req.header("Client-ID").orElseThrow());
    assertTrue(req.header("Authorization").isEmpty());
  }

  @Test
  void optionalAuthSendsNoTokenWhenNoneConfigured() {
    ApiClient client = TestApis.kraken(server).build();
    client.execute(
        TestApis.CHANNEL_GET, RequestValues.builder().path("channel", "x").build(), Void.class);
    assertTrue(server.requests().get(0).header("Authorization").isEmpty());
  }

  @Test
  void requiredAuthWithoutTokenFailsBeforeSending() {
    ApiClient client = TestApis.kraken(server).build();
    MissingTokenException e =
        assertThrows(
            MissingTokenException.class,
            () ->
                client.execute(
                    TestApis.CHANNEL_UPDATE,
                    RequestValues.builder().path("channel", "x").build(),
                    Void.class));
    assertEquals("channels.update", e.endpointId());
    assertTrue(e.getMessage().contains("KRAKEN_ACCESS_TOKEN"), e.getMessage());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void pathValuesAreEncodedAsOneSegment() {
    ApiClient client = TestApis.kraken(server).build();
    for (String value : List.of("a/b", "what?", "x#y", "two words", "100%", "..", ".", "ünï")) {
      client.execute(
          TestApis.CHANNEL_GET, RequestValues.builder().path("channel", value).build(), Void.class);
    }
    List<String> raw = server.requests().stream().map(TestServer.Req::rawPath).toList();
    assertEquals(
        List.of(
            "/kraken/channels/a%2Fb",
            "/kraken/channels/what%3F",
            "/kraken/channels/x%23y",
            "/kraken/channels/two%20words",
            "/kraken/channels/100%25",
            "/kraken/channels/%2E%2E",
            "/kraken/channels/%2E",
            "/kraken/channels/%C3%BCn%C3%AF"),
        raw);
    assertTrue(
        server.requests().stream()
            .allMatch(r -> r.uri().getRawQuery().equals("client_id=axjhfp777tflhy0yjb5sftsil")));
  }

  @Test
  void queryValuesSkipNullsAndJoinLists() {
    ApiClient client = TestApis.kraken(server).build();
    client.execute(
        Endpoint.builder("streams.list", "GET", "/streams").build(),
        RequestValues.builder()
            .query("game", "StarCraft II: Wings & Liberty")
            .query("limit", null)
            .query("channel", List.of("hebo", "day9"), ",")
            .query("empty", List.of(), ",")
            .query("embeddable", true)
            .build(),
        Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals(
        Map.of(
            "game", "StarCraft II: Wings & Liberty",
            "channel", "hebo,day9",
            "embeddable", "true",
            "client_id", "axjhfp777tflhy0yjb5sftsil"),
        req.query());
    assertTrue(req.uri().getRawQuery().contains("channel=hebo,day9"), req.uri().getRawQuery());
    assertFalse(req.uri().getRawQuery().contains("limit"));
  }

  @Test
  void formBodyIsUrlEncoded() {
    ApiClient client = TestApis.kraken(server).accessToken("t0ken").build();
    server.handle(r -> TestServer.Reply.empty(204));
    client.execute(
        TestApis.COMMERCIAL,
        RequestValues.builder()
            .path("channel", "hebo")
            .form("length", 60)
            .form("tags", List.of("a b", "c&d"), " ")
            .build(),
        Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals("POST", req.method());
    assertEquals("application/x-www-form-urlencoded", req.header("Content-Type").orElseThrow());
    assertEquals("length=60&tags=a+b+c%26d", req.body());
    assertEquals(Map.of("length", "60", "tags", "a b c&d"), req.form());
  }

  record ChannelUpdate(String status, String game, String delay) {}

  @Test
  void jsonBodyCanBeWrappedAndKeepsNulls() {
    ApiClient client = TestApis.kraken(server).accessToken("t0ken").build();
    server.handle(r -> TestServer.Reply.json(200, "{}"));
    client.execute(
        TestApis.CHANNEL_UPDATE,
        RequestValues.builder()
            .path("channel", "hebo")
            .jsonBody("channel", new ChannelUpdate("Playing cool new game!", "Diablo", null))
            .build(),
        Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals("PUT", req.method());
    assertEquals("application/json", req.header("Content-Type").orElseThrow());
    assertEquals(
        "{\"channel\":{\"status\":\"Playing cool new game!\",\"game\":\"Diablo\",\"delay\":null}}",
        req.body());

    client.execute(
        TestApis.CHANNEL_UPDATE,
        RequestValues.builder()
            .path("channel", "hebo")
            .jsonBody(new ChannelUpdate("s", "g", "0"))
            .build(),
        Void.class);
    assertEquals(
        "{\"status\":\"s\",\"game\":\"g\",\"delay\":\"0\"}", server.requests().get(1).body());
  }

  @Test
  void requestValuesRejectMissingPathAndMixedBodies() {
    ApiClient client = TestApis.kraken(server).build();
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.execute(TestApis.CHANNEL_GET, RequestValues.empty(), Void.class));
    assertTrue(missing.getMessage().contains("'channel'"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestValues.builder().path("channel", ""));
    assertThrows(
        IllegalStateException.class,
        () -> RequestValues.builder().form("a", 1).jsonBody(Map.of()).build());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void asyncExecutionSendsTheSameRequest() throws Exception {
    ApiClient client = TestApis.kraken(server).accessToken("tok-async").build();
    server.handle(r -> TestServer.Reply.json(200, "{\"name\":\"hebo\"}"));
    @SuppressWarnings("unchecked")
    Map<String, Object> body =
        client
            .executeAsync(
                TestApis.CHANNEL_GET,
                RequestValues.builder().path("channel", "hebo").build(),
                Map.class)
            .get();
    assertEquals("hebo", body.get("name"));
    assertEquals("OAuth tok-async", server.requests().get(0).header("Authorization").orElseThrow());
  }

  @Test
  void closedClientRefusesCalls() {
    ApiClient client = TestApis.kraken(server).build();
    client.close();
    assertThrows(
        IllegalStateException.class,
        () ->
            client.execute(
                TestApis.CHANNEL_GET,
                RequestValues.builder().path("channel", "x").build(),
                Void.class));
    assertTrue(server.requests().isEmpty());
  }
}
