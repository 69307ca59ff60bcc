package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request ready to send, with what messages may show of it.
 *
 * @param display method and URL as shown in messages and logs, secrets masked
 * @param secrets the secret values this request carries, masked wherever text is shown
 */
record PreparedRequest(
    Endpoint endpoint,
    String method,
    URI uri,
    Map<String, List<String>> headers,
    byte[] body,
    String display,
    List<String> secrets) {

  @Override
  public String toString() {
    return display;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreparedRequest p && p.display.equals(display) && p.uri.equals(uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }
}
