package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final Instant AT = Instant.parse("2012-05-08T21:55:12Z");

  @Test
  void parsesIsoWithZOrOffset() {
    assertEquals(AT, Timestamps.parse("2012-05-08T21:55:12Z"));
    assertEquals(AT, Timestamps.parse("2012-05-08T23:55:12+02:00"));
    assertEquals(AT, Timestamps.parse("2012-05-08T16:55:12-05:00"));
  }

  @Test
  void parsesLegacyFormInUtc() {
    assertEquals(AT, Timestamps.parse("Tue May 08 21:55:12 2012"));
    assertEquals(AT, Timestamps.parseLegacy("Tue May 08 21:55:12 2012"));
  }

  @Test
  void formatsBothForms() {
    assertEquals("2012-05-08T21:55:12Z", Timestamps.formatIso(AT));
    assertEquals("Tue May 08 21:55:12 2012", Timestamps.formatLegacy(AT));
  }

  @Test
  void rejectsOtherTextNamingBothForms() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("yesterday"));
    assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
    assertTrue(e.getMessage().contains("EEE MMM dd HH:mm:ss yyyy"), e.getMessage());
  }
}
