package dev.krakencodegen.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as handed to a {@link Transport}.
 *
 * @param headers header names to values, in the order they are sent
 * @param body the body bytes; empty for none
 * @param timeout how long to wait for the response
 */
public record TransportRequest(
    String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {

  public TransportRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Headers.copyOf(headers);
    body = body == null ? new byte[0] : body;
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Shows neither header values, the query string nor the body: they may carry secrets. */
  @Override
  public String toString() {
    return "TransportRequest["
        + method
        + " "
        + Redaction.withoutQuery(uri)
        + ", headers="
        + headers.keySet()
        + ", body="
        + body.length
        + " bytes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportRequest r
        && method.equals(r.method)
        && uri.equals(r.uri)
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body)
        && timeout.equals(r.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), timeout);
  }
}
