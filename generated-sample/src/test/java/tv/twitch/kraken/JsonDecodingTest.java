package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.ResponseDecodingException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tv.twitch.kraken.model.AuthenticatedChannel;
import tv.twitch.kraken.model.Channel;
import tv.twitch.kraken.model.ChannelStream;
import tv.twitch.kraken.model.GrantType;
import tv.twitch.kraken.model.SearchType;
import tv.twitch.kraken.model.Team;

/**
 * Decoding is lenient where the API may grow (unknown fields are kept, unknown enum values become
 * {@code UNKNOWN}) and exact where the docs are: {@code _id} and {@code id} stay apart, legacy
 * stream timestamps are read as UTC.
 */
class JsonDecodingTest {
  private static ExampleServer server;
  private static KrakenClient client;

  @BeforeAll
  static void start() {
    server = ExampleServer.start();
    client = server.client();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void unknownFieldsAreKeptInAdditionalProperties() {
    Map<String, Object> channel = documented("channels.get");
    channel.put("partner_program", Map.of("tier", 2, "since", "2012-01-01"));
    channel.put("followers", 1234);
    server.script("channels.get", Reply.json(200, ExampleServer.toJson(channel)));

    Channel decoded = client.channels().get("towelliee");

    assertEquals(20694610L, decoded.id(), "known fields are still decoded");
    assertEquals("towelliee", decoded.name());
    assertEquals(
        Map.of("partner_program", Map.of("tier", 2, "since", "2012-01-01"), "followers", 1234),
        decoded.additionalProperties());
    assertEquals(Map.of(), decoded.teams().get(0).additionalProperties());
    assertThrows(
        UnsupportedOperationException.class,
        () -> decoded.additionalProperties().put("x", 1),
        "read-only");
  }

  @Test
  void unknownFieldsOfNestedModelsAreKeptToo() {
    Map<String, Object> channel = documented("channels.get");
    @SuppressWarnings("unchecked")
    Map<String, Object> team =
        new LinkedHashMap<>(((List<Map<String, Object>>) channel.get("teams")).get(0));
    team.put("member_count", 12);
    channel.put("teams", List.of(team));
    server.script("channels.get", Reply.json(200, ExampleServer.toJson(channel)));

    Team decoded = client.channels().get("towelliee").teams().get(0);

    assertEquals("tgn", decoded.name());
    assertEquals(Map.of("member_count", 12), decoded.additionalProperties());
  }

  @Test
  void underscoreIdAndIdAreSeparateComponents() {
    Map<String, Object> channel = documented("channels.getAuthenticated");
    channel.put("_id", 99);
    server.script("channels.getAuthenticated", Reply.json(200, ExampleServer.toJson(channel)));

    AuthenticatedChannel decoded = client.channels().getAuthenticated();

    assertEquals(99L, decoded.underscoreId());
    assertEquals(21229404L, decoded.id());
    assertEquals(Map.of(), decoded.additionalProperties(), "both are known fields");
  }

  @Test
  void legacyStreamTimestampsAreUtc() {
    server.useExample("streams.get", "online");

    ChannelStream stream = client.streams().get("incontroltv");

    assertEquals(Instant.parse("2012-07-24T13:22:26Z"), stream.stream().createdAt());
    assertEquals(Instant.parse("2012-07-24T15:33:39Z"), stream.stream().updatedAt());
    assertEquals(
        Instant.parse("2011-02-07T06:24:25Z"),
        stream.stream().channel().createdAt(),
        "the nested channel uses ISO-8601");
  }

  @Test
  void badResponsesAreDecodingErrorsNamingTheCall() {
    server.script("teams.get", Reply.json(200, "{\"_id\": 2, "));
    server.script("teams.get", Reply.json(200, "{\"_id\": \"not a number\"}"));
    server.script("teams.get", Reply.html(200, "<html>maintenance</html>"));

    String truncated = decodingError().getMessage();
    String wrongType = decodingError().getMessage();
    String html = decodingError().getMessage();

    assertTrue(truncated.startsWith("malformed JSON from GET /teams/eg"), truncated);
    assertTrue(wrongType.startsWith("could not read the response of GET /teams/eg"), wrongType);
    assertTrue(html.startsWith("expected JSON from GET /teams/eg"), html);
    assertTrue(html.contains("text/html"), html);
  }

  private static ResponseDecodingException decodingError() {
    return assertThrows(ResponseDecodingException.class, () -> client.teams().get("eg"));
  }

  @Test
  void unknownEnumValuesDecodeToUnknown() {
    JsonMapper json = client.api().json(); // the mapper the client decodes responses with

    assertEquals(SearchType.SUGGEST, json.readValue("\"suggest\"", SearchType.class));
    assertEquals(SearchType.UNKNOWN, json.readValue("\"fuzzy\"", SearchType.class));
    assertEquals(GrantType.PASSWORD, json.readValue("\"password\"", GrantType.class));
    assertEquals(GrantType.UNKNOWN, json.readValue("\"client_credentials\"", GrantType.class));
    assertEquals(
        List.of(GrantType.AUTHORIZATION_CODE, GrantType.UNKNOWN),
        List.of(json.readValue("[\"authorization_code\", \"refresh_token\"]", GrantType[].class)));
    assertEquals("\"suggest\"", json.writeValueAsString(SearchType.SUGGEST));
  }

  /** A mutable copy of the first documented response of {@code operationId}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> documented(String operationId) {
    return new LinkedHashMap<>(
        (Map<String, Object>)
            ExampleServer.operation(operationId).examples().stream()
                .filter(e -> e.response().isPresent())
                .findFirst()
                .orElseThrow()
                .response()
                .orElseThrow());
  }
}
