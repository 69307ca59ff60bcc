package dev.krakencodegen.runtime;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON configuration generated clients rely on.
 *
 * <ul>
 *   <li>Records with {@code com.fasterxml.jackson.annotation} annotations ({@code @JsonProperty},
 *       {@code @JsonCreator}, {@code @JsonAnySetter}/{@code @JsonAnyGetter}, {@code @JsonFormat},
 *       {@code @JsonInclude}) work as declared.
 *   <li>Unknown properties are ignored (or captured by an {@code @JsonAnySetter} component).
 *   <li>Nulls are written, and read as null; {@code null} for a primitive component fails.
 *   <li>Properties are written in declaration order, not alphabetically.
 *   <li>{@link java.time.Instant} reads and writes ISO-8601; a component annotated with
 *       {@code @JsonFormat(shape = STRING, pattern = "EEE MMM dd HH:mm:ss yyyy", locale = "en_US",
 *       timezone = "UTC")} uses that pattern instead (Jackson 3's built-in java.time support
 *       honours the annotation, so no custom (de)serializer is needed).
 * </ul>
 */
public final class KrakenJson {
  private KrakenJson() {}

  /** A new mapper with the settings above. */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
