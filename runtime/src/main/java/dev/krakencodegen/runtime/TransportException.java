package dev.krakencodegen.runtime;

import org.jspecify.annotations.Nullable;

/** No response was received: the connection failed, was refused or was reset. */
public class TransportException extends KrakenException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
