package dev.krakencodegen.runtime;

import java.util.Locale;

/** Media type checks. */
final class MediaTypes {
  private MediaTypes() {}

  /** Whether a Content-Type is JSON: application/json or any {@code +json} suffix type. */
  static boolean isJson(String contentType) {
    String t = contentType;
    int semi = t.indexOf(';');
    if (semi >= 0) {
      t = t.substring(0, semi);
    }
    t = t.trim().toLowerCase(Locale.ROOT);
    int slash = t.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String subtype = t.substring(slash + 1);
    return subtype.equals("json") || subtype.endsWith("+json");
  }
}
