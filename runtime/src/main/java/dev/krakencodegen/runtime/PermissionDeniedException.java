package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The API answered 403 Forbidden: the token lacks a permission. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(
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
