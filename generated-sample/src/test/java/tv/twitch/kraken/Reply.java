package tv.twitch.kraken;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer of {@link ExampleServer}: status, headers, body and an optional delay before
 * answering. A null content type sends no Content-Type header.
 */
record Reply(
    int status, Map<String, String> headers, String body, String contentType, Duration delay) {

  Reply {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(delay, "delay");
  }

  /** A JSON body with the API's media type. */
  static Reply json(int status, String body) {
    return new Reply(status, Map.of(), body, ExampleServer.MEDIA_TYPE, Duration.ZERO);
  }

  /** The API's error body: {@code {"message","status","error"}}. */
  static Reply error(int status, String error, String message) {
    return json(
        status,
        "{\"message\":\"" + message + "\",\"status\":" + status + ",\"error\":\"" + error + "\"}");
  }

  /** An HTML page, as a proxy or load balancer in front of the API would send. */
  static Reply html(int status, String body) {
    return new Reply(status, Map.of(), body, "text/html; charset=utf-8", Duration.ZERO);
  }

  /** No body at all. */
  static Reply empty(int status) {
    return new Reply(status, Map.of(), "", null, Duration.ZERO);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, h, body, contentType, delay);
  }

  Reply withDelay(Duration delay) {
    return new Reply(status, headers, body, contentType, delay);
  }
}
