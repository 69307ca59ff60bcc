package dev.krakencodegen.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the runtime throws for a failed call. Unchecked. Messages never contain
 * secrets (tokens, client secrets, passwords, sensitive parameter values).
 */
public class KrakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KrakenException(String message) {
    super(message);
  }

  public KrakenException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
