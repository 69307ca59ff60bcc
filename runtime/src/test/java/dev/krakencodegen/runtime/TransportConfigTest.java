package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A caller's HttpClient must not follow redirects (R7). */
class TransportConfigTest {
  private final TestServer server = TestServer.start();
  private final TestServer elsewhere = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = HttpClient.Redirect.class,
      names = {"NORMAL", "ALWAYS"})
  void aClientThatFollowsRedirectsIsRejected(HttpClient.Redirect redirect) {
    HttpClient http = HttpClient.newBuilder().followRedirects(redirect).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new JdkHttpTransport(http));
    assertTrue(e.getMessage().contains("(" + redirect + ")"), e.getMessage());
    assertTrue(
        e.getMessage().contains("followRedirects(HttpClient.Redirect.NEVER)"), e.getMessage());
  }

  @Test
  void aClientThatNeverFollowsIsUsedAndRedirectsStayUnfollowed() {
    server.handle(
        r ->
            TestServer.Reply.empty(302)
                .withHeader("Location", elsewhere.baseUrl() + "/channels/hebo"));
    ApiClient client =
        TestApis.kraken(server)
            .accessToken("stays-here")
            .retryPolicy(RetryPolicy.none())
            .transport(new JdkHttpTransport(HttpClient.newHttpClient()))
            .build();
    assertThrows(
        UnexpectedStatusException.class,
        () ->
            client.execute(
                TestApis.CHANNEL_GET,
                RequestValues.builder().path("channel", "hebo").build(),
                Void.class));
    assertEquals(1, server.requests().size());
    assertTrue(elsewhere.requests().isEmpty());
  }
}
