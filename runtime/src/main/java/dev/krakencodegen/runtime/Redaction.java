package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/** Keeps secrets out of messages and logs. */
final class Redaction {
  static final String MASK = "***";

  /** Parameter names that are secrets whatever the endpoint says. */
  static final Set<String> ALWAYS_SENSITIVE =
      Set.of(
          "oauth_token",
          "access_token",
          "refresh_token",
          "client_secret",
          "password",
          "code",
          "stream_key");

  /** Name parts that make a JSON field look secret (see {@link #looksSecret}). */
  private static final List<String> SECRET_PARTS = List.of("token", "secret", "password", "key");

  private Redaction() {}

  /**
   * Whether a field name (of a JSON object the client does not know) looks like it holds a secret:
   * an always-sensitive name, or one containing "token", "secret", "password" or "key" in any case.
   * Deliberately broad: masking a harmless value costs little, printing a token costs a lot.
   */
  static boolean looksSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (ALWAYS_SENSITIVE.contains(n)) {
      return true;
    }
    for (String part : SECRET_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A URL-like text that may not parse as a URI, shown without its fragment and with the values of
   * sensitive query parameters and every known secret masked.
   */
  static String displayText(String text, Set<String> sensitive, Collection<String> secrets) {
    String t = text;
    int f = t.indexOf('#');
    if (f >= 0) {
      t = t.substring(0, f);
    }
    int q = t.indexOf('?');
    if (q >= 0) {
      t = t.substring(0, q + 1) + redactQuery(t.substring(q + 1), sensitive);
    }
    return scrub(t, secrets);
  }

  static boolean isSensitive(String name, Set<String> extra) {
    String n = name.toLowerCase(Locale.ROOT);
    if (ALWAYS_SENSITIVE.contains(n)) {
      return true;
    }
    for (String e : extra) {
      if (e.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** The URL with its query replaced by "?…" (or nothing if it had none). */
  static String withoutQuery(URI uri) {
    String s = uri.toString();
    int q = s.indexOf('?');
    int f = s.indexOf('#');
    int cut = q >= 0 ? q : f;
    return cut < 0 ? s : s.substring(0, cut) + (q >= 0 ? "?…" : "");
  }

  /** The URL (relative to {@code base} when under it) with sensitive query values masked. */
  static String display(URI uri, URI base, Set<String> sensitive) {
    String text = Urls.relativeTo(uri, base);
    int f = text.indexOf('#');
    if (f >= 0) {
      text = text.substring(0, f);
    }
    int q = text.indexOf('?');
    if (q < 0) {
      return text;
    }
    return text.substring(0, q + 1) + redactQuery(text.substring(q + 1), sensitive);
  }

  /** A raw query string with the values of sensitive parameters masked. */
  static String redactQuery(String rawQuery, Set<String> sensitive) {
    StringJoiner j = new StringJoiner("&");
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name;
      try {
        name = Urls.decodeComponent(rawName);
      } catch (IllegalArgumentException e) {
        name = rawName;
      }
      j.add(eq >= 0 && isSensitive(name, sensitive) ? rawName + "=" + MASK : pair);
    }
    return j.toString();
  }

  /** {@code text} with every occurrence of each secret (raw or URL-encoded) masked. */
  static String scrub(String text, Collection<String> secrets) {
    String out = text;
    for (String s : secrets) {
      if (s == null || s.length() < 4) {
        continue; // too short to mask without mangling ordinary text
      }
      out = out.replace(s, MASK);
      out = out.replace(Urls.encodeQueryComponent(s), MASK);
      out = out.replace(Urls.encodeFormComponent(s), MASK);
    }
    return out;
  }
}
