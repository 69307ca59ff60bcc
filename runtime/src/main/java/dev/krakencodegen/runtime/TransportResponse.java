package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP response as returned by a {@link Transport}.
 *
 * @param headers header names to values; look-ups via {@link #header(String)} ignore case
 * @param body the body bytes; empty for none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public TransportResponse {
    headers = Headers.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of header {@code name}, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }

  /** Shows the header names and the body size, not their contents. */
  @Override
  public String toString() {
    return "TransportResponse["
        + status
        + ", headers="
        + headers.keySet()
        + ", body="
        + body.length
        + " bytes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportResponse r
        && status == r.status
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
  }
}
