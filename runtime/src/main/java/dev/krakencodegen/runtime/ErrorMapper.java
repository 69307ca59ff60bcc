package dev.krakencodegen.runtime;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an error response into the matching {@link ApiException}. Reads the documented body {@code
 * {"message","status","error"}} when there is one; an HTML or empty body still yields the type that
 * matches the status.
 */
final class ErrorMapper {
  private final JsonMapper json;
  private final ClientConfig config;

  ErrorMapper(JsonMapper json, ClientConfig config) {
    this.json = json;
    this.config = config;
  }

  ApiException toException(PreparedRequest r, TransportResponse response) {
    int status = response.status();
    String raw = new String(response.body(), StandardCharsets.UTF_8);
    JsonNode body = parse(response, raw);
    String error = text(body, "error");
    String apiMessage = text(body, "message");

    String reason = error != null ? error : HttpStatusText.of(status);
    StringBuilder m = new StringBuilder("HTTP ").append(status);
    if (!reason.isEmpty()) {
      m.append(' ').append(reason);
    }
    m.append(" from ").append(r.display());
    if (apiMessage != null && !apiMessage.isBlank()) {
      m.append(": ").append(apiMessage);
    }
    if (status == 401 || status == 403) {
      m.append(authHint(r.endpoint()));
    }
    String message = Redaction.scrub(m.toString(), r.secrets());
    return ApiException.of(
        message, status, error, apiMessage, response.headers(), raw, r.endpoint().id());
  }

  /** Says what the endpoint needs, so a 401/403 can be fixed without reading the docs. */
  private String authHint(Endpoint e) {
    StringBuilder hint = new StringBuilder(" (");
    if (!e.scopes().isEmpty()) {
      hint.append(e.id())
          .append(" requires scope")
          .append(e.scopes().size() == 1 ? " " : "s ")
          .append(String.join(", ", e.scopes()));
    } else {
      hint.append(e.id())
          .append(e.authRequired() ? " requires an access token" : " requires no scope");
    }
    if (config.accessToken() == null) {
      hint.append("; no access token is configured");
    }
    return hint.append(')').toString();
  }

  private @Nullable JsonNode parse(TransportResponse response, String raw) {
    String trimmed = raw.trim();
    boolean looksJson =
        response.header("Content-Type").map(MediaTypes::isJson).orElse(false)
            || trimmed.startsWith("{");
    if (!looksJson || trimmed.isEmpty()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(trimmed);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException e) {
      return null; // not JSON after all: keep only the status
    }
  }

  private static @Nullable String text(@Nullable JsonNode body, String field) {
    if (body == null) {
      return null;
    }
    JsonNode v = body.get(field);
    if (v == null || v.isNull() || v.isContainer()) {
      return null;
    }
    return v.asString();
  }
}
