package dev.krakencodegen.runtime;

import org.jspecify.annotations.Nullable;

/** Connecting, or waiting for the response, took longer than the configured timeout. */
public class RequestTimeoutException extends KrakenException {
  private static final long serialVersionUID = 1L;

  public RequestTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
