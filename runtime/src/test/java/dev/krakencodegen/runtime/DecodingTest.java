package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Shaped like a generated model. */
  record Channel(
      @JsonProperty("_id") long id,
      @JsonProperty("name") String name,
      @JsonProperty("status") @Nullable String status,
      @JsonProperty("created_at") Instant createdAt,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {}

  private static final String CHANNEL =
      "{\"_id\":20694610,\"name\":\"hebo\",\"status\":null,\"created_at\":\"2011-03-19T15:42:22Z\","
          + "\"mature\":null,\"url\":\"http://www.twitch.tv/hebo\"}";

  private Channel get(String contentType) {
    server.handle(r -> TestServer.Reply.of(200, contentType, CHANNEL));
    return TestApis.kraken(server)
        .build()
        .execute(
            TestApis.CHANNEL_GET,
            RequestValues.builder().path("channel", "hebo").build(),
            Channel.class);
  }

  @Test
  void decodesVendorJsonWithNulls() {
    Channel c = get("application/vnd.twitchtv.v1+json; charset=utf-8");
    assertEquals(20694610L, c.id());
    assertEquals("hebo", c.name());
    assertNull(c.status());
    assertEquals(Instant.parse("2011-03-19T15:42:22Z"), c.createdAt());
    assertTrue(c.additionalProperties().containsKey("mature"));
    assertNull(c.additionalProperties().get("mature"));
    assertEquals("http://www.twitch.tv/hebo", c.additionalProperties().get("url"));
  }

  @Test
  void decodesPlainJson() {
    assertEquals("hebo", get("application/json").name());
  }

  @Test
  void nonJsonSuccessIsADecodingError() {
    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> get("text/html"));
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
  }

  @Test
  void wrongShapeNamesWhereButNotTheValue() {
    server.handle(r -> TestServer.Reply.json(200, "{\"_id\":\"sekrit-value\",\"name\":\"x\"}"));
    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () ->
                TestApis.kraken(server)
                    .build()
                    .execute(
                        TestApis.CHANNEL_GET,
                        RequestValues.builder().path("channel", "x").build(),
                        Channel.class));
    assertTrue(e.getMessage().contains("as Channel"), e.getMessage());
    assertFalse(e.getMessage().contains("sekrit-value"), e.getMessage());
  }

  @Test
  void voidIgnoresTheBodyAnd204IsFine() {
    server.handle(r -> TestServer.Reply.empty(204));
    Endpoint delete =
        Endpoint.builder("follows.delete", "DELETE", "/users/{user}/follows")
            .successStatus(204)
            .build();
    Object result =
        TestApis.kraken(server)
            .build()
            .execute(delete, RequestValues.builder().path("user", "u").build(), Void.class);
    assertNull(result);
  }

  @Test
  void stringResponsesOfOtherTypesAreReturnedAsText() {
    server.handle(r -> TestServer.Reply.of(200, "text/plain", "pong"));
    assertEquals(
        "pong",
        TestApis.kraken(server)
            .build()
            .execute(
                Endpoint.builder("ping", "GET", "/ping").build(),
                RequestValues.empty(),
                String.class));
  }
}
