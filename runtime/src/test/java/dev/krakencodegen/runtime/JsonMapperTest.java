package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class JsonMapperTest {
  private final JsonMapper json = KrakenJson.newMapper();

  /** A record with both timestamp forms, as the generator emits them. */
  record Video(
      @JsonProperty("title") String title,
      @JsonProperty("recorded_at")
          @JsonFormat(
              shape = JsonFormat.Shape.STRING,
              pattern = "EEE MMM dd HH:mm:ss yyyy",
              locale = "en_US",
              timezone = "UTC")
          Instant recordedAt,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("game") @Nullable String game) {}

  enum SearchType {
    SUGGEST("suggest");

    private final String wire;

    SearchType(String wire) {
      this.wire = wire;
    }

    @JsonValue
    @Override
    public String toString() {
      return wire;
    }

    @JsonCreator
    static SearchType of(String wire) {
      for (SearchType t : values()) {
        if (t.wire.equals(wire)) {
          return t;
        }
      }
      throw new IllegalArgumentException(wire);
    }
  }

  record Search(
      @JsonProperty("type") SearchType type,
      @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_NULL)
          @Nullable List<String> tags) {}

  record Open(
      @JsonProperty("name") String name,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

  record Counts(@JsonProperty("views") long views) {}

  @Test
  void legacyAndIsoTimestampsRoundTrip() {
    Video v =
        json.readValue(
            "{\"title\":\"t\",\"recorded_at\":\"Tue May 08 21:55:12 2012\","
                + "\"created_at\":\"2012-05-08T23:55:12+02:00\",\"game\":null}",
            Video.class);
    assertEquals(Instant.parse("2012-05-08T21:55:12Z"), v.recordedAt());
    assertEquals(Instant.parse("2012-05-08T21:55:12Z"), v.createdAt());
    assertNull(v.game());
    assertEquals(
        "{\"title\":\"t\",\"recorded_at\":\"Tue May 08 21:55:12"
            + " 2012\",\"created_at\":\"2012-05-08T21:55:12Z\",\"game\":null}",
        json.writeValueAsString(v));
  }

  @Test
  void legacyFieldRejectsIsoText() {
    assertThrows(
        JacksonException.class,
        () ->
            json.readValue(
                "{\"title\":\"t\",\"recorded_at\":\"2012-05-08T21:55:12Z\"}", Video.class));
  }

  @Test
  void unknownPropertiesIgnoredUnlessCaptured() {
    Video v = json.readValue("{\"title\":\"t\",\"surprise\":1}", Video.class);
    assertEquals("t", v.title());
    Open o = json.readValue("{\"name\":\"n\",\"surprise\":1,\"nothing\":null}", Open.class);
    assertEquals(1, o.additionalProperties().get("surprise"));
    assertEquals(true, o.additionalProperties().containsKey("nothing"));
    assertEquals("{\"name\":\"n\",\"surprise\":1,\"nothing\":null}", json.writeValueAsString(o));
  }

  @Test
  void enumsAndInclusionAnnotationsAreHonoured() {
    Search s = json.readValue("{\"type\":\"suggest\"}", Search.class);
    assertEquals(SearchType.SUGGEST, s.type());
    assertEquals("{\"type\":\"suggest\"}", json.writeValueAsString(s));
  }

  @Test
  void nullForAPrimitiveFails() {
    assertThrows(JacksonException.class, () -> json.readValue("{\"views\":null}", Counts.class));
    assertEquals(7L, json.readValue("{\"views\":7}", Counts.class).views());
  }
}
