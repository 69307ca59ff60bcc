package dev.krakencodegen.codegen.spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL checks shared by the linker and the example checker. */
final class Urls {
  private Urls() {}

  /** The URI if {@code text} is an absolute URI (has a scheme), else {@code null}. */
  static URI absolute(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The URI if {@code text} is an absolute {@code http} or {@code https} URL with a host. */
  static URI absoluteHttp(String text) {
    URI uri = absolute(text);
    if (uri == null || uri.getHost() == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? uri : null;
  }
}
