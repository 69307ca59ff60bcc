package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A path parameter is always exactly one path segment: the server receives it percent-encoded
 * and the request still matches {@code channels.get}, whatever characters the value holds.
 */
class PathEncodingTest {
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

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a/b            | a%2Fb",
        "what?          | what%3F",
        "x#y            | x%23y",
        "two words      | two%20words",
        "..             | %2E%2E",
        ".              | %2E",
        "../../admin    | ..%2F..%2Fadmin",
        "100%           | 100%25",
        "a+b&c=d;e      | a%2Bb%26c%3Dd%3Be",
        "ünïcödé        | %C3%BCn%C3%AFc%C3%B6d%C3%A9",
        "tilde~dash-dot.under_ | tilde~dash-dot.under_",
      })
  void pathValueIsOneEncodedSegment(String value, String encoded) {
    client.channels().get(value);

    RecordedRequest r = server.onlyRequest();
    assertEquals("channels.get", r.operationId());
    assertEquals("/kraken/channels/" + encoded, r.rawPath());
    assertEquals(value, r.pathParams().get("channel"), "the server decodes the original value");
    assertEquals(
        Map.of("client_id", List.of(ExampleServer.CLIENT_ID)),
        r.query(),
        "nothing of the value leaked into the query");
  }
}
