package dev.krakencodegen.runtime;

/** The endpoint requires an access token and none is configured; nothing was sent. */
public class MissingTokenException extends KrakenException {
  private static final long serialVersionUID = 1L;

  private final String endpointId;

  public MissingTokenException(String message, String endpointId) {
    super(message);
    this.endpointId = endpointId;
  }

  public String endpointId() {
    return endpointId;
  }
}
