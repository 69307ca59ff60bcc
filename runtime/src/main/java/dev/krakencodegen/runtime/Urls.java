package dev.krakencodegen.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URL parsing, origin comparison and percent-encoding. */
final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /** Parses an absolute http(s) base URL and drops a trailing slash. */
  static URI baseUrl(String text) {
    URI uri = absolute(text);
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("base URL must not have a query or fragment: " + text);
    }
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s);
  }

  /** Parses an absolute http(s) URL. */
  static URI absolute(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + text, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + text);
    }
    return uri;
  }

  /** Whether two URLs share scheme, host and (effective) port: credentials may travel. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /**
   * Moves {@code link} from {@code from} to {@code to} when it lies under {@code from}. Links the
   * API returns name its public host; when the client talks to another base URL (a mock or a
   * proxy), following them should stay there.
   */
  static URI rebase(URI link, URI from, URI to) {
    if (from.equals(to)) {
      return link;
    }
    String l = link.toString();
    String f = from.toString();
    if (l.equals(f) || l.startsWith(f + "/") || l.startsWith(f + "?")) {
      return URI.create(to + l.substring(f.length()));
    }
    return link;
  }

  /** The path and query of {@code uri} relative to {@code base}, or the whole URL if outside. */
  static String relativeTo(URI uri, URI base) {
    String u = uri.toString();
    String b = base.toString();
    if (u.startsWith(b + "/") || u.startsWith(b + "?")) {
      return u.substring(b.length());
    }
    return u;
  }

  /**
   * Encodes a value as exactly one path segment: everything but RFC 3986 unreserved characters is
   * percent-encoded, and the dot segments {@code .} and {@code ..} are encoded so that no server or
   * proxy resolves them.
   */
  static String encodePathSegment(String value) {
    if (value.equals(".")) {
      return "%2E";
    }
    if (value.equals("..")) {
      return "%2E%2E";
    }
    return encode(value, "", false);
  }

  /** Encodes a query name or value (space as %20; ',' ':' '@' '/' kept for readability). */
  static String encodeQueryComponent(String value) {
    return encode(value, ",:@/", false);
  }

  /** Encodes an application/x-www-form-urlencoded name or value (space as '+'). */
  static String encodeFormComponent(String value) {
    return encode(value, "", true);
  }

  private static String encode(String value, String keep, boolean spaceAsPlus) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 8);
    for (byte raw : bytes) {
      int c = raw & 0xFF;
      if (isUnreserved(c) || (c < 128 && keep.indexOf(c) >= 0)) {
        sb.append((char) c);
      } else if (c == ' ' && spaceAsPlus) {
        sb.append('+');
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /** Decodes a percent-encoded query or form component ('+' as space). */
  static String decodeComponent(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
