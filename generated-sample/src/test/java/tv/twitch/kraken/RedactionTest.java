package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.ApiException;
import dev.krakencodegen.runtime.ClientBuilder;
import dev.krakencodegen.runtime.KrakenException;
import dev.krakencodegen.runtime.RequestTimeoutException;
import dev.krakencodegen.runtime.UnauthorizedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.AccessToken;
import tv.twitch.kraken.model.AuthenticatedChannel;
import tv.twitch.kraken.model.GrantType;
import tv.twitch.kraken.resources.Oauth2TokenParams;

/**
 * The token, client secrets, passwords, codes and stream keys never show in exception messages
 * (of the whole cause chain, stack traces included) or in {@code toString}.
 */
class RedactionTest {
  private static final String SECRET = "abc123";
  private static final String PASSWORD = "hunter2-password";
  private static final String CODE = "auth-code-42";

  private ExampleServer server;

  @BeforeEach
  void start() {
    server = ExampleServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tokenIsNotInAnUnauthorizedError() {
    server.script(
        "users.getAuthenticated",
        Reply.error(401, "Unauthorized", "Invalid Token " + ExampleServer.TOKEN));
    try (KrakenClient client = server.client()) {

      UnauthorizedException e =
          assertThrows(UnauthorizedException.class, () -> client.users().getAuthenticated());

      assertEquals("OAuth " + ExampleServer.TOKEN, server.onlyRequest().header("Authorization"));
      assertNoSecrets(e, ExampleServer.TOKEN);
      assertTrue(e.getMessage().contains("Invalid Token ***"), e.getMessage());
    }
  }

  @Test
  void clientSecretEchoedByTheServerIsNotInTheMessage() {
    // The documented error echoes the secret: "Invalid client secret abc123".
    server.useExample("users.create", "invalid_client_secret");
    try (KrakenClient client = server.client()) {

      ApiException e =
          assertThrows(
              ApiException.class,
              () -> client.users().create("app", SECRET, "newuser", PASSWORD, "my@email.com"));

      assertEquals(401, e.status());
      assertEquals(List.of(SECRET), server.onlyRequest().query().get("client_secret"));
      assertNoSecrets(e, SECRET, PASSWORD, ExampleServer.TOKEN);
      assertTrue(e.getMessage().contains("client_secret=***"), e.getMessage());
    }
  }

  @Test
  void tokenRequestSecretsAreNotInTheMessage() {
    server.script("oauth2.token", Reply.error(400, "Bad Request", "Invalid grant"));
    try (KrakenClient client = server.client()) {
      Oauth2TokenParams params =
          Oauth2TokenParams.builder().code(CODE).username("user").password(PASSWORD).build();

      ApiException e =
          assertThrows(
              ApiException.class,
              () -> client.oauth2().token("app", SECRET, GrantType.PASSWORD, params));

      assertEquals(400, e.status());
      assertNoSecrets(e, SECRET, PASSWORD, CODE, ExampleServer.TOKEN);
      assertFalse(params.toString().contains(PASSWORD), params::toString);
      assertFalse(params.toString().contains(CODE), params::toString);
      assertTrue(params.toString().contains("username=user"), params::toString);
    }
  }

  @Test
  void timeoutMessageHasNoSecrets() {
    server.script("oauth2.token", Reply.json(200, "{}").withDelay(Duration.ofSeconds(2)));
    try (KrakenClient client =
        server.clientBuilder().requestTimeout(Duration.ofMillis(200)).build()) {

      RequestTimeoutException e =
          assertThrows(
              RequestTimeoutException.class,
              () ->
                  client
                      .oauth2()
                      .token(
                          "app",
                          SECRET,
                          GrantType.PASSWORD,
                          Oauth2TokenParams.builder().password(PASSWORD).build()));

      assertNoSecrets(e, SECRET, PASSWORD, ExampleServer.TOKEN);
    }
  }

  @Test
  void connectionFailureMessageHasNoSecrets() {
    ClientBuilder<KrakenClient> builder = server.clientBuilder();
    server.close(); // nothing listens on the port any more
    try (KrakenClient client = builder.build()) {

      KrakenException e =
          assertThrows(
              KrakenException.class,
              () -> client.users().create("app", SECRET, "newuser", PASSWORD, "my@email.com"));

      assertNoSecrets(e, SECRET, PASSWORD, ExampleServer.TOKEN);
    }
  }

  @Test
  void clientAndBuilderDoNotShowTheToken() {
    ClientBuilder<KrakenClient> builder = server.clientBuilder();
    try (KrakenClient client = builder.build()) {
      assertFalse(builder.toString().contains(ExampleServer.TOKEN), builder::toString);
      assertFalse(client.api().toString().contains(ExampleServer.TOKEN), client.api()::toString);
      assertFalse(client.toString().contains(ExampleServer.TOKEN), client::toString);
    }
  }

  @Test
  void sensitiveModelFieldsAreMaskedInToString() {
    try (KrakenClient client = server.client()) {
      AuthenticatedChannel channel = client.channels().getAuthenticated();
      server.useExample("oauth2.token", "password");
      AccessToken token = client.oauth2().token("app", SECRET, GrantType.PASSWORD);

      assertEquals("live_21229404_abcdefg", channel.streamKey());
      assertFalse(channel.toString().contains("live_21229404_abcdefg"), channel::toString);
      assertTrue(channel.toString().contains("streamKey=***"), channel::toString);
      assertEquals("df4yofxyn2s7240ojfrh9chz8", token.accessToken());
      assertFalse(token.toString().contains("df4yofxyn2s7240ojfrh9chz8"), token::toString);
    }
  }

  @Test
  void oauth2CodeExchangeGoesToTheConfiguredServerAndKeepsItsSecrets() {
    server.script("oauth2.token", Reply.error(400, "Bad Request", "Invalid code " + CODE));
    try (KrakenClient client = server.client()) {
      URI authorize =
          client
              .oauth2Flows()
              .authorizeUrl()
              .codeFlow()
              .redirectUri(URI.create("https://example.com/cb"))
              .scopes("user_read")
              .build();

      ApiException e =
          assertThrows(
              ApiException.class,
              () ->
                  client
                      .oauth2Flows()
                      .exchangeCode(SECRET, CODE, URI.create("https://example.com/cb")));

      assertTrue(authorize.toString().startsWith(server.baseUrl() + "/oauth2/authorize?"));
      assertFalse(authorize.toString().contains(SECRET));
      RecordedRequest r = server.onlyRequest();
      assertEquals("oauth2.token", r.operationId());
      assertEquals(List.of(SECRET), r.form().get("client_secret"));
      assertEquals(List.of(CODE), r.form().get("code"));
      assertNoSecrets(e, SECRET, CODE, ExampleServer.TOKEN);
    }
  }

  /** No secret anywhere in the exception, its causes, suppressed exceptions or stack trace. */
  private static void assertNoSecrets(Throwable e, String... secrets) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append('\n').append(String.valueOf(t.getMessage())).append('\n').append(t.toString());
    }
    for (String secret : secrets) {
      assertFalse(text.toString().contains(secret), () -> "'" + secret + "' leaked in:\n" + text);
    }
  }
}
