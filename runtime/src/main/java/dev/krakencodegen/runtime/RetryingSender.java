package dev.krakencodegen.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends a prepared request through the transport, retrying per the {@link RetryPolicy}: for
 * idempotent endpoints only, after 429, 503, a connection failure or a connect timeout. Returns the
 * last response whatever its status; turns transport failures into {@link KrakenException}s.
 *
 * <p>No new attempt starts once the client is closed, nor, for asynchronous calls, once the
 * caller's future is done (cancelled, typically): retrying then would repeat work nobody waits for.
 */
final class RetryingSender {
  static final System.Logger LOG = System.getLogger("dev.krakencodegen.runtime");

  private final ClientConfig config;
  private final BooleanSupplier closed;

  /**
   * @param closed whether the client was closed
   */
  RetryingSender(ClientConfig config, BooleanSupplier closed) {
    this.config = config;
    this.closed = closed;
  }

  TransportResponse send(PreparedRequest r) {
    TransportRequest request = toTransport(r);
    for (int attempt = 1; ; attempt++) {
      LOG.log(Level.DEBUG, () -> "sending " + r.display());
      TransportResponse response;
      try {
        response = config.transport().send(request);
      } catch (IOException e) {
        KrakenException failure = failure(r, e);
        Optional<Duration> wait = retryAfterFailure(r, failure, attempt);
        if (wait.isEmpty()) {
          throw failure;
        }
        sleep(wait.get());
        checkMayContinue(r);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException("interrupted while sending " + r.display(), e);
      }
      Optional<Duration> wait = retryAfterStatus(r, response, attempt);
      if (wait.isEmpty()) {
        return response;
      }
      sleep(wait.get());
      checkMayContinue(r);
    }
  }

  /**
   * Sends asynchronously.
   *
   * @param callerDone whether the future handed to the caller is done (cancelled, typically); once
   *     it is, no retry starts
   */
  CompletableFuture<TransportResponse> sendAsync(PreparedRequest r, BooleanSupplier callerDone) {
    return attemptAsync(r, toTransport(r), 1, callerDone);
  }

  private void checkMayContinue(PreparedRequest r) {
    if (closed.getAsBoolean()) {
      throw new IllegalStateException("this client was closed; not retrying " + r.display());
    }
  }

  /** Why no new attempt may start, or null if one may. */
  private @Nullable RuntimeException stopReason(PreparedRequest r, BooleanSupplier caller) {
    if (closed.getAsBoolean()) {
      return new IllegalStateException("this client was closed; not retrying " + r.display());
    }
    if (caller.getAsBoolean()) {
      return new CancellationException(
          "the call was cancelled or completed; not retrying " + r.display());
    }
    return null;
  }

  private CompletableFuture<TransportResponse> attemptAsync(
      PreparedRequest r, TransportRequest request, int attempt, BooleanSupplier caller) {
    if (attempt > 1) {
      RuntimeException stop = stopReason(r, caller);
      if (stop != null) {
        return CompletableFuture.failedFuture(stop);
      }
    }
    LOG.log(Level.DEBUG, () -> "sending " + r.display());
    CompletableFuture<TransportResponse> sent;
    try {
      sent = config.transport().sendAsync(request);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle(
            (response, error) -> {
              if (error != null) {
                Throwable cause = unwrap(error);
                if (!(cause instanceof IOException io)) {
                  return CompletableFuture.<TransportResponse>failedFuture(cause);
                }
                KrakenException failure = failure(r, io);
                Optional<Duration> wait = retryAfterFailure(r, failure, attempt);
                if (wait.isEmpty()) {
                  return CompletableFuture.<TransportResponse>failedFuture(failure);
                }
                return retryAsync(r, request, attempt, caller, wait.get(), failure);
              }
              Optional<Duration> wait = retryAfterStatus(r, response, attempt);
              if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(response);
              }
              return retryAsync(r, request, attempt, caller, wait.get(), null);
            })
        .thenCompose(f -> f);
  }

  /**
   * Waits, then makes attempt {@code attempt + 1}; checks before waiting too, so that a cancelled
   * call does not hold a timer. A transport failure that is not retried is kept as suppressed.
   */
  private CompletableFuture<TransportResponse> retryAsync(
      PreparedRequest r,
      TransportRequest request,
      int attempt,
      BooleanSupplier caller,
      Duration wait,
      @Nullable KrakenException failure) {
    RuntimeException stop = stopReason(r, caller);
    if (stop != null) {
      if (failure != null) {
        stop.addSuppressed(failure);
      }
      return CompletableFuture.failedFuture(stop);
    }
    return config
        .sleeper()
        .delay(wait)
        .thenCompose(x -> attemptAsync(r, request, attempt + 1, caller));
  }

  private TransportRequest toTransport(PreparedRequest r) {
    return new TransportRequest(
        r.method(), r.uri(), r.headers(), r.body(), config.requestTimeout());
  }

  /** The wait before retrying after a response, or empty to return it as is. */
  private Optional<Duration> retryAfterStatus(
      PreparedRequest r, TransportResponse response, int attempt) {
    LOG.log(Level.DEBUG, () -> "received " + response.status() + " for " + r.display());
    int status = response.status();
    if ((status != 429 && status != 503) || !mayRetry(r, attempt)) {
      return Optional.empty();
    }
    RetryPolicy policy = config.retryPolicy();
    Duration wait =
        response
            .header("Retry-After")
            .flatMap(v -> RetryAfter.parse(v, config.clock().instant()))
            .map(policy::capRetryAfter)
            .orElseGet(() -> policy.backoff(attempt));
    LOG.log(
        Level.TRACE,
        () -> "retrying " + r.display() + " after " + status + " in " + wait.toMillis() + " ms");
    return Optional.of(wait);
  }

  /** The wait before retrying after a transport failure, or empty to give up. */
  private Optional<Duration> retryAfterFailure(
      PreparedRequest r, KrakenException failure, int attempt) {
    boolean retryable =
        failure instanceof TransportException
            || (failure instanceof RequestTimeoutException
                && failure.getCause() instanceof HttpConnectTimeoutException);
    if (!retryable || !mayRetry(r, attempt)) {
      return Optional.empty();
    }
    Duration wait = config.retryPolicy().backoff(attempt);
    LOG.log(
        Level.TRACE,
        () ->
            "retrying "
                + r.display()
                + " after "
                + failure.getMessage()
                + " in "
                + wait.toMillis()
                + " ms");
    return Optional.of(wait);
  }

  private boolean mayRetry(PreparedRequest r, int attempt) {
    return r.endpoint().idempotent() && attempt < config.retryPolicy().maxAttempts();
  }

  private KrakenException failure(PreparedRequest r, IOException e) {
    String reason = Redaction.scrub(describe(e), r.secrets());
    if (e instanceof HttpConnectTimeoutException) {
      return new RequestTimeoutException("timed out connecting for " + r.display(), e);
    }
    if (e instanceof HttpTimeoutException) {
      return new RequestTimeoutException(
          "no response within " + config.requestTimeout().toMillis() + " ms for " + r.display(), e);
    }
    return new TransportException("could not send " + r.display() + ": " + reason, e);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      Throwable c = e.getCause();
      m = c != null && c.getMessage() != null ? c.getMessage() : "";
    }
    String type = e.getClass().getSimpleName();
    return m.isBlank() ? type : type + ": " + m;
  }

  private void sleep(Duration d) {
    try {
      config.sleeper().sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting to retry", e);
    }
  }

  static Throwable unwrap(@Nullable Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
