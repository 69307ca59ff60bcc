package tv.twitch.kraken;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as {@link ExampleServer} received it: what the client really put on the wire.
 *
 * @param operationId the spec operation the request matched, or null if none did
 * @param method the HTTP method
 * @param rawPath the path exactly as received, still percent-encoded
 * @param rawQuery the query exactly as received, or null
 * @param pathParams the decoded values of the matched template's path parameters
 * @param headers the request headers, names case-insensitive
 * @param body the request body as UTF-8 text
 */
record RecordedRequest(
    String operationId,
    String method,
    String rawPath,
    String rawQuery,
    Map<String, String> pathParams,
    Map<String, List<String>> headers,
    String body) {

  RecordedRequest {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(h);
    pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
  }

  /** The decoded query parameters, in the order sent. */
  Map<String, List<String>> query() {
    return decode(rawQuery);
  }

  /** The first value of query parameter {@code name}, or null. */
  String queryParam(String name) {
    List<String> values = query().get(name);
    return values == null ? null : values.get(0);
  }

  /** The decoded form body (application/x-www-form-urlencoded), in the order sent. */
  Map<String, List<String>> form() {
    return decode(body);
  }

  /** The first value of header {@code name}, or null. */
  String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Map<String, List<String>> decode(String encoded) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public String toString() {
    return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + operationId;
  }
}
