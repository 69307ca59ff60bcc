package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries stop once nobody waits for the answer or the client is closed (R3, R9). */
class RetryStopTest {
  private static final String UNAVAILABLE =
      "{\"message\":\"later\",\"status\":503,\"error\":\"Service Unavailable\"}";

  private final TestServer server = TestServer.start();
  private final CountingTransport transport =
      new CountingTransport(new JdkHttpTransport(Duration.ofSeconds(10)));

  @AfterEach
  void stop() {
    server.close();
  }

  /** Real HTTP through the default transport, counting the attempts the client starts. */
  static final class CountingTransport implements Transport {
    final AtomicInteger sends = new AtomicInteger();
    private final Transport delegate;

    CountingTransport(Transport delegate) {
      this.delegate = delegate;
    }

    @Override
    public TransportResponse send(TransportRequest request)
        throws IOException, InterruptedException {
      sends.incrementAndGet();
      return delegate.send(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
      sends.incrementAndGet();
      return delegate.sendAsync(request);
    }
  }

  /** Waits only when the test says so: each delay completes when the test completes it. */
  static final class GateSleeper implements Sleeper {
    final CompletableFuture<CompletableFuture<Void>> firstDelay = new CompletableFuture<>();

    @Override
    public void sleep(Duration d) {
      throw new UnsupportedOperationException("async only");
    }

    @Override
    public CompletableFuture<Void> delay(Duration d) {
      CompletableFuture<Void> gate = new CompletableFuture<>();
      firstDelay.complete(gate);
      return gate;
    }
  }

  private static RequestValues hebo() {
    return RequestValues.builder().path("channel", "hebo").build();
  }

  @Test
  void aCancelledCallStartsNoFurtherAttempt() throws Exception {
    server.handle(r -> TestServer.Reply.json(503, UNAVAILABLE));
    GateSleeper gate = new GateSleeper();
    ApiClient client = TestApis.kraken(server).sleeper(gate).transport(transport).build();

    CompletableFuture<Void> call = client.executeAsync(TestApis.CHANNEL_GET, hebo(), Void.class);
    CompletableFuture<Void> waiting = gate.firstDelay.get(30, TimeUnit.SECONDS);
    assertTrue(call.cancel(true));
    waiting.complete(null); // the back-off ends; the retry it would start runs in this thread

    assertEquals(1, transport.sends.get());
    assertEquals(1, server.requests().size());
    assertTrue(call.isCancelled());
  }

  @Test
  void closingTheClientStopsAsyncRetries() throws Exception {
    server.handle(r -> TestServer.Reply.json(503, UNAVAILABLE));
    GateSleeper gate = new GateSleeper();
    ApiClient client = TestApis.kraken(server).sleeper(gate).transport(transport).build();

    CompletableFuture<Void> call = client.executeAsync(TestApis.CHANNEL_GET, hebo(), Void.class);
    CompletableFuture<Void> waiting = gate.firstDelay.get(30, TimeUnit.SECONDS);
    client.close();
    waiting.complete(null);

    ExecutionException e = assertThrows(ExecutionException.class, call::get);
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(
        "this client was closed; not retrying"
            + " GET /channels/hebo?client_id=axjhfp777tflhy0yjb5sftsil",
        e.getCause().getMessage());
    assertEquals(1, transport.sends.get());
  }

  @Test
  void closingTheClientStopsBlockingRetries() {
    server.handle(r -> TestServer.Reply.json(503, UNAVAILABLE));
    AtomicReference<ApiClient> client = new AtomicReference<>();
    Sleeper closeWhileWaiting =
        new Sleeper() {
          @Override
          public void sleep(Duration d) {
            client.get().close(); // another thread closing the client during the back-off
          }

          @Override
          public CompletableFuture<Void> delay(Duration d) {
            throw new UnsupportedOperationException("blocking only");
          }
        };
    client.set(TestApis.kraken(server).sleeper(closeWhileWaiting).transport(transport).build());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> client.get().execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertTrue(e.getMessage().startsWith("this client was closed"), e.getMessage());
    assertEquals(1, server.requests().size());
    assertThrows(
        IllegalStateException.class,
        () -> client.get().execute(TestApis.CHANNEL_GET, hebo(), Void.class));
    assertEquals(1, transport.sends.get(), "a call after close sends nothing");
  }

  @Test
  void anUncancelledCallStillRetriesThroughTheGate() throws Exception {
    AtomicInteger n = new AtomicInteger();
    server.handle(
        r ->
            n.incrementAndGet() == 1
                ? TestServer.Reply.json(503, UNAVAILABLE)
                : TestServer.Reply.json(200, "{}"));
    GateSleeper gate = new GateSleeper();
    ApiClient client = TestApis.kraken(server).sleeper(gate).transport(transport).build();

    CompletableFuture<Void> call = client.executeAsync(TestApis.CHANNEL_GET, hebo(), Void.class);
    gate.firstDelay.get(30, TimeUnit.SECONDS).complete(null);
    call.get(30, TimeUnit.SECONDS);
    assertEquals(2, transport.sends.get());
  }
}
