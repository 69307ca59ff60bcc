package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Subclasses name the common statuses; {@link
 * ApiException#of} picks the right one.
 */
public class ApiException extends KrakenException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String error;
  private final @Nullable String apiMessage;
  private final Map<String, List<String>> headers;
  private final String rawBody;
  private final String endpointId;

  /**
   * @param message the full exception message
   * @param status the HTTP status
   * @param error the body's {@code error} field (the status text), if any
   * @param apiMessage the body's {@code message} field, if any
   * @param headers the response headers
   * @param rawBody the response body as text
   * @param endpointId the id of the endpoint called
   */
  public ApiException(
      String message,
      int status,
      @Nullable String error,
      @Nullable String apiMessage,
      Map<String, List<String>> headers,
      String rawBody,
      String endpointId) {
    super(message);
    this.status = status;
    this.error = error;
    this.apiMessage = apiMessage;
    this.headers = Headers.copyOf(headers);
    this.rawBody = Objects.requireNonNull(rawBody, "rawBody");
    this.endpointId = Objects.requireNonNull(endpointId, "endpointId");
  }

  /** Creates the exception type that matches {@code status}. */
  public static ApiException of(
      String message,
      int status,
      @Nullable String error,
      @Nullable String apiMessage,
      Map<String, List<String>> headers,
      String rawBody,
      String endpointId) {
    return switch (status) {
      case 400 ->
          new BadRequestException(message, status, error, apiMessage, headers, rawBody, endpointId);
      case 401 ->
          new UnauthorizedException(
              message, status, error, apiMessage, headers, rawBody, endpointId);
      case 403 ->
          new PermissionDeniedException(
              message, status, error, apiMessage, headers, rawBody, endpointId);
      case 404 ->
          new NotFoundException(message, status, error, apiMessage, headers, rawBody, endpointId);
      case 422 ->
          new UnprocessableEntityException(
              message, status, error, apiMessage, headers, rawBody, endpointId);
      case 429 ->
          new RateLimitException(message, status, error, apiMessage, headers, rawBody, endpointId);
      default ->
          status >= 500 && status <= 599
              ? new InternalServerException(
                  message, status, error, apiMessage, headers, rawBody, endpointId)
              : new UnexpectedStatusException(
                  message, status, error, apiMessage, headers, rawBody, endpointId);
    };
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The body's {@code error} field, e.g. {@code Unauthorized}; null if the body had none. */
  public @Nullable String error() {
    return error;
  }

  /** The body's {@code message} field, e.g. {@code Invalid Token}; null if the body had none. */
  public @Nullable String apiMessage() {
    return apiMessage;
  }

  /** The response headers. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of response header {@code name}, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }

  /** The response body as text (it may be an HTML error page). */
  public String rawBody() {
    return rawBody;
  }

  /** The id of the endpoint that failed, e.g. {@code channels.get}. */
  public String endpointId() {
    return endpointId;
  }
}
