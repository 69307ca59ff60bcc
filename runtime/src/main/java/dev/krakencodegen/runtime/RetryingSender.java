package dev.krakencodegen.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Sends a prepared request through the transport, retrying per the {@link RetryPolicy}: for
 * idempotent endpoints only, after 429, 503, a connection failure or a connect timeout. Returns the
 * last response whatever its status; turns transport failures into {@link KrakenException}s.
 */
final class RetryingSender {
  static final System.Logger LOG = System.getLogger("dev.krakencodegen.runtime");

  private final ClientConfig config;

  RetryingSender(ClientConfig config) {
    this.config = config;
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
    }
  }

  CompletableFuture<TransportResponse> sendAsync(PreparedRequest r) {
    return attemptAsync(r, toTransport(r), 1);
  }

  private CompletableFuture<TransportResponse> attemptAsync(
      PreparedRequest r, TransportRequest request, int attempt) {
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
                return config
                    .sleeper()
                    .delay(wait.get())
                    .thenCompose(x -> attemptAsync(r, request, attempt + 1));
              }
              Optional<Duration> wait = retryAfterStatus(r, response, attempt);
              if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(response);
              }
              return config
                  .sleeper()
                  .delay(wait.get())
                  .thenCompose(x -> attemptAsync(r, request, attempt + 1));
            })
        .thenCompose(f -> f);
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
