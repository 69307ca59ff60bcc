package dev.krakencodegen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a response: statuses other than 2xx become {@link ApiException}s; success bodies with a
 * JSON media type ({@code application/json} or any {@code +json}) are decoded.
 */
final class ResponseReader {
  private final JsonMapper json;
  private final ErrorMapper errors;

  ResponseReader(JsonMapper json, ErrorMapper errors) {
    this.json = json;
    this.errors = errors;
  }

  /**
   * The decoded body; null for {@code Void.class}, and null for any type when a success response
   * has an empty body (a server may answer 204, or 200 with nothing, where a body was documented).
   */
  <T> @Nullable T read(PreparedRequest r, TransportResponse response, Class<T> type) {
    checkStatus(r, response);
    if (type == Void.class || type == void.class || response.body().length == 0) {
      return null;
    }
    if (type == String.class && !isJsonResponse(response)) {
      return type.cast(new String(response.body(), StandardCharsets.UTF_8));
    }
    if (type == byte[].class) {
      return type.cast(response.body());
    }
    return convert(r, readTree(r, response), type);
  }

  /** The body as a JSON tree, after the status check. */
  JsonNode readTree(PreparedRequest r, TransportResponse response) {
    checkStatus(r, response);
    Optional<String> contentType = response.header("Content-Type");
    if (contentType.isPresent() && !MediaTypes.isJson(contentType.get())) {
      throw new ResponseDecodingException(
          "expected JSON from " + r.display() + " but got " + contentType.get(), null);
    }
    if (response.body().length == 0) {
      throw new ResponseDecodingException(
          "expected JSON from " + r.display() + " but the body was empty", null);
    }
    try {
      return json.readTree(response.body());
    } catch (JacksonException e) {
      throw new ResponseDecodingException(
          "malformed JSON from " + r.display() + " at " + location(e), e);
    }
  }

  /** Converts a tree to {@code type}. */
  <T> T convert(PreparedRequest r, JsonNode tree, Class<T> type) {
    try {
      return json.treeToValue(tree, type);
    } catch (JacksonException e) {
      // The cause's message may quote a value; ours names only where it went wrong.
      throw new ResponseDecodingException(
          "could not read the response of "
              + r.display()
              + " as "
              + type.getSimpleName()
              + " at "
              + (e.getPathReference() == null ? "(root)" : e.getPathReference()),
          e);
    }
  }

  private void checkStatus(PreparedRequest r, TransportResponse response) {
    if (!r.endpoint().isSuccess(response.status())) {
      throw errors.toException(r, response);
    }
  }

  private static boolean isJsonResponse(TransportResponse response) {
    return response.header("Content-Type").map(MediaTypes::isJson).orElse(false);
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null
        ? "(unknown)"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
