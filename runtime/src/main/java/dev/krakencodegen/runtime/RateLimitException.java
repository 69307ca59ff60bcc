package dev.krakencodegen.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The API answered 429 Too Many Requests (after any retries allowed by the policy). */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(
      String message,
      int status,
      @Nullable String error,
      @Nullable String apiMessage,
      Map<String, List<String>> headers,
      String rawBody,
      String endpointId) {
    super(message, status, error, apiMessage, headers, rawBody, endpointId);
  }

  /** How long the server asked to wait ({@code Retry-After}), measured from now. */
  public Optional<Duration> retryAfter() {
    return header("Retry-After").flatMap(v -> RetryAfter.parse(v, Instant.now()));
  }
}
