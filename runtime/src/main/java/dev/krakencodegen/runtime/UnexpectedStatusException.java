package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API answered a status that is neither success (2xx) nor one with its own exception: a 3xx
 * (redirects are not followed) or a 4xx without a dedicated subclass, such as 409.
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
