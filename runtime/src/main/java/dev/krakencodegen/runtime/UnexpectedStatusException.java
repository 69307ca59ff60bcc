package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API answered a status the endpoint does not declare (3xx, an undeclared 2xx, or another 4xx).
 */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(
      String message,
      int status,
      @Nullable String error,
      @Nullable String apiMessage,
      Map<String, List<String>> headers,
      String rawBody,
      String endpointId) {
    super(message, status, error, apiMessage, headers, rawBody, endpointId);
  }
}
