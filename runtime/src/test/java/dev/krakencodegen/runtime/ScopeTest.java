package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final String ROOT =
      "{\"token\":{\"authorization\":{\"scopes\":[\"user_read\",\"channel_read\"],"
          + "\"created_at\":\"2012-05-08T21:55:12Z\",\"updated_at\":\"2012-05-17T21:32:13Z\"},\"valid\":true},"
          + "\"_links\":{\"channel\":\"https://api.twitch.tv/kraken/channel\"}}";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static RequestValues hebo() {
    return RequestValues.builder().path("channel", "hebo").build();
  }

  @Test
  void configuredScopesFailFastWithNothingSent() {
    ApiClient client =
        TestApis.kraken(server)
            .accessToken("tok")
            .grantedScopes("user_read", "channel_read")
            .build();
    MissingScopeException e =
        assertThrows(
            MissingScopeException.class,
            () -> client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class));
    assertEquals("channels.update", e.endpointId());
    assertEquals(List.of("channel_editor"), e.missingScopes());
    assertEquals(Set.of("user_read", "channel_read"), e.grantedScopes());
    assertEquals(
        "channels.update requires scope channel_editor which the access token was not granted"
            + " (granted: user_read, channel_read)",
        e.getMessage());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void grantedScopeLetsTheCallThrough() {
    ApiClient client =
        TestApis.kraken(server).accessToken("tok").grantedScopes(List.of("channel_editor")).build();
    client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class);
    assertEquals(1, server.requests().size());
  }

  @Test
  void discoveredScopesFailFastAndAreReadOnce() {
    server.handle(r -> TestServer.Reply.json(200, ROOT));
    ApiClient client = TestApis.kraken(server).accessToken("tok").discoverScopes(true).build();

    assertThrows(
        MissingScopeException.class,
        () -> client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class));
    assertThrows(
        MissingScopeException.class, () -> client.execute(TestApis.COMMERCIAL, hebo(), Void.class));
    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> client.executeAsync(TestApis.CHANNEL_UPDATE, hebo(), Void.class).join());
    assertInstanceOf(MissingScopeException.class, async.getCause());

    assertEquals(1, server.requests().size(), "only the discovery request reached the server");
    TestServer.Req discovery = server.requests().get(0);
    assertEquals("/kraken/", discovery.path());
    assertEquals("OAuth tok", discovery.header("Authorization").orElseThrow());
    assertEquals(Optional.of(Set.of("user_read", "channel_read")), client.grantedScopes());
  }

  @Test
  void asyncDiscoveryAlsoFailsFast() {
    server.handle(r -> TestServer.Reply.json(200, ROOT));
    ApiClient client = TestApis.kraken(server).accessToken("tok").discoverScopes(true).build();
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> client.executeAsync(TestApis.CHANNEL_UPDATE, hebo(), Void.class).join());
    assertInstanceOf(MissingScopeException.class, e.getCause());
    assertEquals(1, server.requests().size());
  }

  @Test
  void endpointsWithoutScopesDoNotTriggerDiscovery() {
    ApiClient client = TestApis.kraken(server).accessToken("tok").discoverScopes(true).build();
    client.execute(TestApis.CHANNEL_GET, hebo(), Void.class);
    assertEquals(1, server.requests().size());
    assertEquals("/kraken/channels/hebo", server.requests().get(0).path());
  }

  @Test
  void unknownScopesMeanNoCheck() {
    ApiClient client = TestApis.kraken(server).accessToken("tok").build();
    client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class);
    assertEquals(1, server.requests().size());
    assertEquals(Optional.empty(), client.grantedScopes());
  }

  @Test
  void invalidTokenReportsNoScopesSoNothingIsBlocked() {
    server.handle(
        r ->
            r.path().equals("/kraken/")
                ? TestServer.Reply.json(200, "{\"token\":{\"valid\":false},\"_links\":{}}")
                : TestServer.Reply.json(200, "{}"));
    ApiClient client = TestApis.kraken(server).accessToken("tok").discoverScopes(true).build();
    client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class);
    assertEquals(2, server.requests().size());
  }

  @Test
  void failedDiscoveryPropagatesAndIsRetriedLater() {
    server.handle(
        r ->
            TestServer.Reply.json(
                500, "{\"message\":\"boom\",\"status\":500,\"error\":\"Internal Server Error\"}"));
    ApiClient client =
        TestApis.kraken(server)
            .accessToken("tok")
            .discoverScopes(true)
            .retryPolicy(RetryPolicy.none())
            .build();
    assertThrows(
        InternalServerException.class,
        () -> client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class));
    server.handle(r -> TestServer.Reply.json(200, ROOT));
    assertThrows(
        MissingScopeException.class,
        () -> client.execute(TestApis.CHANNEL_UPDATE, hebo(), Void.class));
    assertEquals(2, server.requests().size());
  }

  @Test
  void discoveryNeedsADeclaredEndpoint() {
    ClientBuilder<ApiClient> b =
        new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, Function.identity())
            .accessToken("t")
            .discoverScopes(true);
    assertThrows(IllegalStateException.class, b::build);
  }
}
