package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krakencodegen.runtime.InternalServerException;
import dev.krakencodegen.runtime.RequestTimeoutException;
import dev.krakencodegen.runtime.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.AccessToken;
import tv.twitch.kraken.model.GrantType;
import tv.twitch.kraken.model.StreamSummary;

/**
 * Idempotent calls are retried after a 503 or 429, others are not; a server that does not answer
 * in time gives a {@link RequestTimeoutException}. Nothing here measures time: backoffs are 1 ms so
 * the tests stay fast, and the slow server is simply slower than the client's timeout.
 */
class RetryAndTimeoutTest {
  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(1))
          .maxBackoff(Duration.ofMillis(1))
          .build();

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
  void getIsRetriedAfterServiceUnavailable() {
    server.script("streams.summary", Reply.error(503, "Service Unavailable", "try again"));
    try (KrakenClient client = server.clientBuilder().retryPolicy(FAST_RETRIES).build()) {

      StreamSummary summary = client.streams().summary();

      assertEquals(194774, summary.viewers(), "the documented answer of the second attempt");
      assertEquals(List.of("streams.summary", "streams.summary"), operationIds());
    }
  }

  @Test
  void getIsRetriedAfterTooManyRequestsWithRetryAfter() {
    server.script(
        "teams.get",
        Reply.error(429, "Too Many Requests", "slow down").withHeader("Retry-After", "0"));
    try (KrakenClient client = server.clientBuilder().retryPolicy(FAST_RETRIES).build()) {

      assertEquals("eg", client.teams().get("eg").name());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void postIsNotRetried() {
    server.script("oauth2.token", Reply.error(503, "Service Unavailable", "try again"));
    try (KrakenClient client = server.clientBuilder().retryPolicy(FAST_RETRIES).build()) {

      InternalServerException e =
          assertThrows(
              InternalServerException.class,
              () -> client.oauth2().token("id", "secret", GrantType.AUTHORIZATION_CODE));

      assertEquals(503, e.status());
      assertEquals(List.of("oauth2.token"), operationIds(), "a POST may not be repeated");
      // The scripted 200 that a retry would have received is still there.
      AccessToken token = client.oauth2().token("id", "secret", GrantType.AUTHORIZATION_CODE);
      assertEquals("[user access token]", token.accessToken());
    }
  }

  @Test
  void retriesStopAfterMaxAttempts() {
    for (int i = 0; i < 3; i++) {
      server.script("ingests.list", Reply.error(503, "Service Unavailable", "down"));
    }
    try (KrakenClient client = server.clientBuilder().retryPolicy(FAST_RETRIES).build()) {

      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.ingests().list());

      assertEquals(503, e.status());
      assertEquals(3, server.requests().size());
    }
  }

  @Test
  void slowServerHitsTheRequestTimeout() {
    server.script("streams.summary", Reply.json(200, "{}").withDelay(Duration.ofSeconds(2)));
    try (KrakenClient client =
        server
            .clientBuilder()
            .requestTimeout(Duration.ofMillis(200))
            .retryPolicy(FAST_RETRIES)
            .build()) {

      assertThrows(RequestTimeoutException.class, () -> client.streams().summary());

      // The request arrived; a response timeout is not retried (the server may still be working).
      assertEquals(List.of("streams.summary"), operationIds());
    }
  }

  private List<String> operationIds() {
    return server.requests().stream().map(RecordedRequest::operationId).toList();
  }
}
