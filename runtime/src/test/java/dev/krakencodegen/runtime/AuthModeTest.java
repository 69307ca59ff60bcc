package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.Endpoint.Auth;
import dev.krakencodegen.runtime.PagingTest.Game;
import dev.krakencodegen.runtime.PagingTest.TopGames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoint auth modes NONE, OPTIONAL and REQUIRED (R6). */
class AuthModeTest {
  private static final String CLIENT_ID = "axjhfp777tflhy0yjb5sftsil";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static Endpoint ingests(Auth auth) {
    return Endpoint.builder("ingests.list", "GET", "/ingests").auth(auth).build();
  }

  private void ok() {
    server.handle(r -> TestServer.Reply.json(200, "{}"));
  }

  @Test
  void noneNeverSendsTheTokenButSendsTheClientId() {
    ok();
    TestApis.kraken(server)
        .accessToken("do-not-send")
        .build()
        .execute(ingests(Auth.NONE), RequestValues.empty(), Void.class);
    TestServer.Req req = server.requests().get(0);
    assertTrue(req.header("Authorization").isEmpty());
    assertEquals(CLIENT_ID, req.query().get("client_id"));
  }

  @Test
  void noneNeverSendsATokenThatTravelsInTheQuery() {
    ok();
    new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, Function.identity())
        .baseUrl(server.baseUrl())
        .clientId(CLIENT_ID)
        .accessToken("do-not-send")
        .build()
        .execute(ingests(Auth.NONE), RequestValues.empty(), Void.class);
    TestServer.Req req = server.requests().get(0);
    assertFalse(req.query().containsKey("oauth_token"), req.uri().toString());
    assertFalse(req.uri().toString().contains("do-not-send"));
    assertEquals(CLIENT_ID, req.header("Client-ID").orElseThrow());
  }

  @Test
  void noneNeverSendsTheTokenOnNextPageLinks() {
    server.handle(
        r ->
            r.query().containsKey("offset")
                ? TestServer.Reply.json(200, "{\"top\":[]}")
                : TestServer.Reply.json(
                    200,
                    "{\"top\":[{\"name\":\"a\"}],\"_links\":{\"next\":\""
                        + server.baseUrl()
                        + "/games/top?offset=1\"}}"));
    Endpoint top =
        Endpoint.builder("games.top", "GET", "/games/top")
            .auth(Auth.NONE)
            .paging("limit", "offset", 100, "_links", "next")
            .build();
    Page<Game> first =
        TestApis.kraken(server)
            .accessToken("do-not-send")
            .build()
            .executePage(top, RequestValues.empty(), TopGames.class, TopGames::top);
    List<String> names = new ArrayList<>();
    first.autoPager().forEach(g -> names.add(g.name()));
    assertEquals(List.of("a"), names);
    assertEquals(2, server.requests().size());
    for (TestServer.Req req : server.requests()) {
      assertTrue(req.header("Authorization").isEmpty());
      assertEquals(CLIENT_ID, req.query().get("client_id"));
    }
  }

  @Test
  void optionalSendsTheTokenOnlyWhenConfigured() {
    ok();
    TestApis.kraken(server)
        .build()
        .execute(ingests(Auth.OPTIONAL), RequestValues.empty(), Void.class);
    TestApis.kraken(server)
        .accessToken("tok-1")
        .build()
        .execute(ingests(Auth.OPTIONAL), RequestValues.empty(), Void.class);
    assertTrue(server.requests().get(0).header("Authorization").isEmpty());
    assertEquals("OAuth tok-1", server.requests().get(1).header("Authorization").orElseThrow());
  }

  @Test
  void requiredFailsBeforeSendingWithoutAToken() {
    ok();
    ApiClient anonymous = TestApis.kraken(server).build();
    MissingTokenException e =
        assertThrows(
            MissingTokenException.class,
            () -> anonymous.execute(ingests(Auth.REQUIRED), RequestValues.empty(), Void.class));
    assertTrue(e.getMessage().startsWith("ingests.list requires an access token"), e.getMessage());
    assertTrue(server.requests().isEmpty());
    TestApis.kraken(server)
        .accessToken("tok-2")
        .build()
        .execute(ingests(Auth.REQUIRED), RequestValues.empty(), Void.class);
    assertEquals("OAuth tok-2", server.requests().get(0).header("Authorization").orElseThrow());
  }

  @Test
  void defaultsFollowTheScopes() {
    assertEquals(Auth.OPTIONAL, Endpoint.builder("a", "GET", "/a").build().auth());
    assertEquals(Auth.REQUIRED, Endpoint.builder("a", "GET", "/a").scopes("s").build().auth());
    assertTrue(ingests(Auth.REQUIRED).authRequired());
    assertFalse(ingests(Auth.OPTIONAL).authRequired());
    assertFalse(ingests(Auth.NONE).authRequired());
  }

  @Test
  void noneWithScopesIsRejected() {
    Endpoint.Builder b = Endpoint.builder("x.y", "GET", "/x").scopes("user_read").auth(Auth.NONE);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals(
        "x.y: an endpoint with auth NONE cannot require scopes [user_read]", e.getMessage());
  }
}
