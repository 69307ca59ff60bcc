package dev.krakencodegen.codegen.spec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The timestamp formats of FORMAT.md: {@code iso8601} or a {@code java.time} pattern read as UTC. */
final class TimestampFormat {
  static final String ISO8601 = "iso8601";

  private TimestampFormat() {}

  /** Why {@code format} is not a usable format, or {@code null} when it is. */
  static String problem(String format) {
    if (format.equals(ISO8601)) {
      return null;
    }
    try {
      DateTimeFormatter.ofPattern(format, Locale.US);
      return null;
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      // Lowercase only the first letter: the rest quotes the pattern, whose case matters.
      return m == null || m.isEmpty() ? "not a java.time pattern" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
  }

  /** Whether {@code text} is a date-time in {@code format}, as generated code will read it. */
  static boolean parses(String format, String text) {
    try {
      if (format.equals(ISO8601)) {
        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } else {
        Instant.from(DateTimeFormatter.ofPattern(format, Locale.US).withZone(ZoneOffset.UTC).parse(text));
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    } catch (IllegalArgumentException e) {
      // An unusable pattern is reported where the format is declared; do not also blame
      // every example value for it.
      return true;
    }
  }
}
