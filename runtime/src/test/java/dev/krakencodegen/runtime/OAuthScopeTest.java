package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scope constants of generated clients are accepted where scopes are (R8). */
class OAuthScopeTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Shaped like a generated Scope enum. */
  enum Scope implements OAuthScope {
    USER_READ("user_read"),
    CHANNEL_READ("channel_read");

    private final String wire;

    Scope(String wire) {
      this.wire = wire;
    }

    @Override
    public String wireValue() {
      return wire;
    }
  }

  @Test
  void grantedScopesFromConstants() {
    ApiClient client =
        TestApis.kraken(server)
            .accessToken("t")
            .grantedScopes(Scope.USER_READ, Scope.CHANNEL_READ)
            .build();
    assertEquals(Optional.of(Set.of("user_read", "channel_read")), client.grantedScopes());
    // "no scopes" is spelled with an empty list: grantedScopes() alone would be ambiguous
    ApiClient none = TestApis.kraken(server).accessToken("t").grantedScopes(List.of()).build();
    assertEquals(Optional.of(Set.of()), none.grantedScopes());
  }

  @Test
  void authorizeUrlFromConstants() {
    URI uri =
        new OAuth2(TestApis.KRAKEN, "cid")
            .authorizeUrl()
            .redirectUri(URI.create("https://example.com/cb"))
            .scopes(Scope.USER_READ, Scope.CHANNEL_READ)
            .build();
    assertEquals(
        "https://api.twitch.tv/kraken/oauth2/authorize?response_type=code&client_id=cid"
            + "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=user_read+channel_read",
        uri.toString());
  }

  @Test
  void passwordGrantFromConstants() {
    server.handle(
        r ->
            TestServer.Reply.of(
                200, "application/json", "{\"access_token\":\"at-1\",\"scope\":[\"user_read\"]}"));
    OAuthToken token =
        TestApis.kraken(server)
            .build()
            .oauth2()
            .passwordGrant("client-secret", "user", "pass-word", Scope.USER_READ);
    assertEquals("at-1", token.accessToken());
    assertEquals("user_read", server.requests().get(0).form().get("scope"));
    assertEquals("/kraken/oauth2/token", server.requests().get(0).path());
  }
}
