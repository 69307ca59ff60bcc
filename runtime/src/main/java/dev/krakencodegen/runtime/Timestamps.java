package dev.krakencodegen.runtime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses the two timestamp forms the API uses: ISO-8601 with {@code Z} or an offset ({@code
 * 2012-05-08T21:55:12Z}) and the legacy {@code EEE MMM dd HH:mm:ss yyyy} form in English and UTC
 * ({@code Tue May 08 21:55:12 2012}).
 */
public final class Timestamps {
  /** The legacy pattern, as used in {@code @JsonFormat} annotations. */
  public static final String LEGACY_PATTERN = "EEE MMM dd HH:mm:ss yyyy";

  /** The legacy form: English day and month names, UTC. */
  public static final DateTimeFormatter LEGACY =
      DateTimeFormatter.ofPattern(LEGACY_PATTERN, Locale.US).withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /**
   * Parses either form.
   *
   * @throws DateTimeParseException naming both accepted forms when {@code text} is neither
   */
  public static Instant parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException iso) {
      try {
        return parseLegacy(t);
      } catch (DateTimeParseException legacy) {
        throw new DateTimeParseException(
            "not an ISO-8601 timestamp with offset nor '" + LEGACY_PATTERN + "': " + text, text, 0);
      }
    }
  }

  /** Parses the legacy form only. */
  public static Instant parseLegacy(String text) {
    return Instant.from(LEGACY.parse(text.trim()));
  }

  /** Formats as ISO-8601 in UTC, e.g. {@code 2012-05-08T21:55:12Z}. */
  public static String formatIso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Formats in the legacy form, e.g. {@code Tue May 08 21:55:12 2012}. */
  public static String formatLegacy(Instant instant) {
    return LEGACY.format(instant);
  }
}
