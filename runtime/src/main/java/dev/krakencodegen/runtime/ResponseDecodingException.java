package dev.krakencodegen.runtime;

import org.jspecify.annotations.Nullable;

/** A success response could not be read as the expected type (not JSON, or the wrong shape). */
public class ResponseDecodingException extends KrakenException {
  private static final long serialVersionUID = 1L;

  public ResponseDecodingException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
