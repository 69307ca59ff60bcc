package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuth2Test {
  private static final URI REDIRECT = URI.create("https://example.com/auth/callback");

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private OAuth2 standalone() {
    return new OAuth2(TestApis.KRAKEN, "cid");
  }

  @Test
  void authorizeUrlForTheCodeFlow() {
    URI uri =
        standalone()
            .authorizeUrl()
            .redirectUri(REDIRECT)
            .scopes("user_read", "channel_read")
            .state("xyz")
            .build();
    assertEquals(
        "https://api.twitch.tv/kraken/oauth2/authorize?response_type=code&client_id=cid"
            + "&redirect_uri=https%3A%2F%2Fexample.com%2Fauth%2Fcallback&scope=user_read+channel_read&state=xyz",
        uri.toString());
  }

  @Test
  void authorizeUrlForTheImplicitFlow() {
    URI uri =
        standalone()
            .authorizeUrl()
            .implicitFlow()
            .redirectUri(REDIRECT)
            .scopes(List.of("user_read"))
            .build();
    assertEquals(
        "https://api.twitch.tv/kraken/oauth2/authorize?response_type=token&client_id=cid"
            + "&redirect_uri=https%3A%2F%2Fexample.com%2Fauth%2Fcallback&scope=user_read",
        uri.toString());
    assertThrows(IllegalStateException.class, () -> standalone().authorizeUrl().build());
  }

  @Test
  void exchangeCodePostsTheDocumentedForm() {
    server.handle(
        r ->
            TestServer.Reply.of(
                200,
                "application/json",
                "{\"access_token\":\"new-token-1\",\"scope\":[\"user_read\",\"channel_read\"]}"));
    ApiClient client = TestApis.kraken(server).build();
    OAuthToken token = client.oauth2().exchangeCode("s3cret-client", "auth-code-9", REDIRECT);

    assertEquals("new-token-1", token.accessToken());
    assertEquals(List.of("user_read", "channel_read"), token.scopes());
    assertNull(token.refreshToken());
    TestServer.Req req = server.requests().get(0);
    assertEquals("POST", req.method());
    assertEquals("/kraken/oauth2/token", req.path());
    assertEquals("application/x-www-form-urlencoded", req.header("Content-Type").orElseThrow());
    assertEquals(
        Map.of(
            "client_id", "axjhfp777tflhy0yjb5sftsil",
            "client_secret", "s3cret-client",
            "grant_type", "authorization_code",
            "redirect_uri", REDIRECT.toString(),
            "code", "auth-code-9"),
        req.form());
    assertTrue(req.header("Authorization").isEmpty());
    assertEquals(null, req.uri().getRawQuery());
  }

  @Test
  void passwordGrantAgainstADescriptorOnLoopback() {
    ApiDescriptor api =
        ApiDescriptor.builder("Kraken", server.baseUrl())
            .oauth2(server.baseUrl() + "/oauth2/authorize", server.baseUrl() + "/oauth2/token", " ")
            .build();
    server.handle(
        r ->
            TestServer.Reply.of(
                200,
                "application/json",
                "{\"scope\":\"user_read"
                    + " channel_read\",\"access_token\":\"df4yofxyn2s7240ojfrh9chz8\",\"refresh_token\":\"r1-secret\"}"));
    OAuthToken token =
        new OAuth2(api, "myclient", new JdkHttpTransport(java.time.Duration.ofSeconds(5)))
            .passwordGrant(
                "myclientsecret", "myuser", "mypass", List.of("user_read", "channel_read"));
    assertEquals("df4yofxyn2s7240ojfrh9chz8", token.accessToken());
    assertEquals(List.of("user_read", "channel_read"), token.scopes());
    assertEquals("r1-secret", token.refreshToken());
    assertEquals(
        Map.of(
            "grant_type", "password",
            "client_id", "myclient",
            "client_secret", "myclientsecret",
            "username", "myuser",
            "password", "mypass",
            "scope", "user_read channel_read"),
        server.requests().get(0).form());
    assertEquals(
        "OAuthToken[accessToken=***, scopes=[user_read, channel_read], refreshToken=***]",
        token.toString());
  }

  @Test
  void tokenErrorsAreMappedWithoutSecretsAndNotRetried() {
    server.handle(
        r ->
            TestServer.Reply.json(
                400,
                "{\"message\":\"Invalid client secret"
                    + " s3cret-client\",\"status\":400,\"error\":\"Bad Request\"}"));
    OAuth2 oauth = TestApis.kraken(server).build().oauth2();
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> oauth.passwordGrant("s3cret-client", "u", "hunter2-pass", List.of()));
    assertEquals("oauth2.token", e.endpointId());
    assertFalse(e.getMessage().contains("s3cret-client"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2-pass"), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("HTTP 400 Bad Request from POST /oauth2/token"), e.getMessage());
    assertEquals(1, server.requests().size());
  }

  @Test
  void tokenResponseWithoutAccessTokenIsADecodingError() {
    server.handle(r -> TestServer.Reply.of(200, "application/json", "{\"scope\":[]}"));
    OAuth2 oauth = TestApis.kraken(server).build().oauth2();
    assertThrows(ResponseDecodingException.class, () -> oauth.exchangeCode("s", "c", REDIRECT));
  }

  @Test
  void oauth2NeedsAClientIdAndUrls() {
    ApiClient noClientId =
        new ClientBuilder<>(TestApis.KRAKEN, java.util.function.Function.identity()).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, noClientId::oauth2);
    assertTrue(e.getMessage().contains("KRAKEN_CLIENT_ID"), e.getMessage());
    ApiClient noUrls =
        new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, java.util.function.Function.identity())
            .clientId("c")
            .build();
    assertThrows(IllegalStateException.class, noUrls::oauth2);
  }
}
