package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final RetryPolicy NO_JITTER = RetryPolicy.builder().jitter(0).build();
  private static final String OK = "{\"name\":\"hebo\"}";
  private static final String UNAVAILABLE =
      "{\"message\":\"later\",\"status\":503,\"error\":\"Service Unavailable\"}";

  private final TestServer server = TestServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient client(RetryPolicy policy) {
    return TestApis.kraken(server, sleeper).accessToken("tok").retryPolicy(policy).build();
  }

  /** Answers {@code first} to the first {@code n} requests, then 200. */
  private void failFirst(int n, TestServer.Reply first) {
    AtomicInteger count = new AtomicInteger();
    server.handle(r -> count.incrementAndGet() <= n ? first : TestServer.Reply.json(200, OK));
  }

  private static RequestValues hebo() {
    return RequestValues.builder().path("channel", "hebo").build();
  }

  @Test
  void idempotentCallIsRetriedAfter503WithBackoff() {
    failFirst(2, TestServer.Reply.json(503, UNAVAILABLE));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> body =
        client(NO_JITTER).execute(TestApis.CHANNEL_GET, hebo(), java.util.Map.class);
    assertEquals("hebo", body.get("name"));
    assertEquals(3, server.requests().size());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits);
  }

  @Test
  void nonIdempotentCallIsNotRetried() {
    failFirst(1, TestServer.Reply.json(503, UNAVAILABLE));
    assertThrows(
        InternalServerException.class,
        () -> client(NO_JITTER).execute(TestApis.COMMERCIAL, hebo(), Void.class));
    assertEquals(1, server.requests().size());
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void retriesStopAtMaxAttempts() {
    server.handle(r -> TestServer.Reply.json(503, UNAVAILABLE));
    assertThrows(
        InternalServerException.class,
        () -> client(NO_JITTER).execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertEquals(3, server.requests().size());
    assertEquals(2, sleeper.waits.size());
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    failFirst(1, TestServer.Reply.json(429, "{}").withHeader("Retry-After", "7"));
    client(NO_JITTER).execute(TestApis.CHANNEL_GET, hebo(), Void.class);
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits);
    assertEquals(2, server.requests().size());
  }

  @Test
  void retryAfterHttpDateIsMeasuredAgainstTheClock() {
    Instant now = Instant.parse("2012-05-08T21:55:12Z");
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(12).atOffset(ZoneOffset.UTC));
    failFirst(1, TestServer.Reply.json(503, UNAVAILABLE).withHeader("Retry-After", date));
    ApiClient client =
        TestApis.kraken(server, sleeper)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .retryPolicy(NO_JITTER)
            .build();
    client.execute(TestApis.CHANNEL_GET, hebo(), Void.class);
    assertEquals(List.of(Duration.ofSeconds(12)), sleeper.waits);
  }

  @Test
  void retryAfterIsCapped() {
    failFirst(1, TestServer.Reply.json(429, "{}").withHeader("Retry-After", "3600"));
    client(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(5)).build())
        .execute(TestApis.CHANNEL_GET, hebo(), Void.class);
    assertEquals(List.of(Duration.ofSeconds(5)), sleeper.waits);
  }

  @Test
  void exhaustedRateLimitReportsRetryAfter() {
    server.handle(
        r ->
            TestServer.Reply.json(
                    429,
                    "{\"message\":\"slow down\",\"status\":429,\"error\":\"Too Many Requests\"}")
                .withHeader("Retry-After", "2"));
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> client(RetryPolicy.none()).execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
    assertEquals("slow down", e.apiMessage());
  }

  @Test
  void connectionRefusedIsATransportExceptionRetriedWhenIdempotent() {
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN, Function.identity())
            .baseUrl("http://127.0.0.1:" + TestServer.closedPort() + "/kraken")
            .accessToken("refused-token")
            .retryPolicy(NO_JITTER)
            .sleeper(sleeper)
            .build();
    TransportException e =
        assertThrows(
            TransportException.class,
            () -> client.execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits);
    assertTrue(e.getMessage().startsWith("could not send GET /channels/hebo"), e.getMessage());
    assertTrue(!e.getMessage().contains("refused-token"), e.getMessage());

    sleeper.waits.clear();
    assertThrows(
        TransportException.class, () -> client.execute(TestApis.COMMERCIAL, hebo(), Void.class));
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void slowServerTimesOutWithoutRetry() {
    server.handle(r -> TestServer.Reply.json(200, OK).delayed(5_000));
    ApiClient client =
        TestApis.kraken(server, sleeper)
            .requestTimeout(Duration.ofMillis(200))
            .retryPolicy(NO_JITTER)
            .build();
    RequestTimeoutException e =
        assertThrows(
            RequestTimeoutException.class,
            () -> client.execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertTrue(e.getMessage().contains("GET /channels/hebo"), e.getMessage());
    assertEquals(1, server.requests().size());
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void asyncCallsRetryToo() {
    failFirst(1, TestServer.Reply.json(503, UNAVAILABLE));
    client(NO_JITTER).executeAsync(TestApis.CHANNEL_GET, hebo(), Void.class).join();
    assertEquals(2, server.requests().size());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.waits);
  }

  @Test
  void asyncSlowServerTimesOut() {
    server.handle(r -> TestServer.Reply.json(200, OK).delayed(5_000));
    ApiClient client =
        TestApis.kraken(server, sleeper).requestTimeout(Duration.ofMillis(200)).build();
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> client.executeAsync(TestApis.CHANNEL_GET, hebo(), Void.class).join());
    assertInstanceOf(RequestTimeoutException.class, e.getCause());
  }

  @Test
  void backoffGrowsIsCappedAndJittersDownward() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(2))
            .jitter(0.5)
            .build();
    assertEquals(Duration.ofMillis(500), p.backoff(1, 0.0));
    assertEquals(Duration.ofMillis(1000), p.backoff(2, 0.0));
    assertEquals(Duration.ofMillis(2000), p.backoff(3, 0.0));
    assertEquals(Duration.ofMillis(2000), p.backoff(30, 0.0));
    assertEquals(Duration.ofMillis(250), p.backoff(1, 1.0));
    assertEquals(Duration.ofMillis(750), p.backoff(2, 0.5));
    for (int i = 0; i < 50; i++) {
      Duration d = p.backoff(2);
      assertTrue(d.toMillis() >= 500 && d.toMillis() <= 1000, d.toString());
    }
  }

  @Test
  void policyDefaultsAndValidation() {
    RetryPolicy d = RetryPolicy.defaults();
    assertEquals(3, d.maxAttempts());
    assertEquals(Duration.ofMillis(500), d.initialBackoff());
    assertEquals(Duration.ofSeconds(8), d.maxBackoff());
    assertEquals(Duration.ofSeconds(60), d.maxRetryAfter());
    assertEquals(1, RetryPolicy.none().maxAttempts());
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(1.5));
  }

  @Test
  void retryAfterParsing() {
    Instant now = Instant.parse("2015-10-21T07:28:00Z");
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now).orElseThrow());
    assertEquals(
        Duration.ofSeconds(60),
        RetryAfter.parse("Wed, 21 Oct 2015 07:29:00 GMT", now).orElseThrow());
    assertEquals(
        Duration.ZERO, RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now).orElseThrow());
    assertTrue(RetryAfter.parse("soon", now).isEmpty());
  }
}
