package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tv.twitch.kraken.ExampleServer.CLIENT_ID;
import static tv.twitch.kraken.ExampleServer.MEDIA_TYPE;
import static tv.twitch.kraken.ExampleServer.TOKEN;

import dev.krakencodegen.runtime.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.Stream;
import tv.twitch.kraken.resources.StreamsListParams;

/** Listings follow {@code _links.next} page by page, staying on the configured server. */
class PagingTest {
  private ExampleServer server;
  private KrakenClient client;

  @BeforeEach
  void start() {
    server = ExampleServer.start();
    client = server.client();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void autoPagerWalksThreePagesThroughTheNextLinks() {
    // The links name the real API, as the documented ones do; the client moves them to the
    // configured base URL.
    server.script("streams.list", page(next("offset=2"), "a", "b"));
    server.script("streams.list", page(next("offset=4"), "c", "d"));
    server.script("streams.list", page(null, "e"));

    List<String> names = new ArrayList<>();
    Page<Stream> first = client.streams().list(StreamsListParams.builder().limit(2).build());
    for (Stream s : first.autoPager()) {
      names.add(s.name());
    }

    assertEquals(List.of("a", "b", "c", "d", "e"), names);
    List<RecordedRequest> requests = server.requests();
    assertEquals(3, requests.size(), requests::toString);
    assertEquals(
        Map.of("limit", List.of("2"), "client_id", List.of(CLIENT_ID)), requests.get(0).query());
    assertEquals(
        Map.of("limit", List.of("2"), "offset", List.of("2"), "client_id", List.of(CLIENT_ID)),
        requests.get(1).query());
    assertEquals(
        Map.of("limit", List.of("2"), "offset", List.of("4"), "client_id", List.of(CLIENT_ID)),
        requests.get(2).query());
    for (RecordedRequest r : requests) {
      assertEquals("streams.list", r.operationId());
      assertEquals("/kraken/streams", r.rawPath());
      assertEquals(MEDIA_TYPE, r.header("Accept"));
      assertEquals(null, r.header("Authorization"), "streams.list ignores tokens (auth: none): none is sent");
    }
  }

  @Test
  void pagesCanBeFetchedOneByOne() {
    server.script("streams.list", page(next("offset=1"), "a"));
    server.script("streams.list", page(null, "b"));

    Page<Stream> first = client.streams().list(StreamsListParams.builder().limit(1).build());
    assertTrue(first.hasNext());
    Page<Stream> second = first.next();

    assertEquals("b", second.items().get(0).name());
    assertFalse(second.hasNext(), "a null next link ends the listing");
    assertThrows(NoSuchElementException.class, second::next);
    assertEquals(2, server.requests().size());
  }

  @Test
  void anEmptyPageEndsTheListing() {
    server.script("streams.list", page(next("offset=1"), "a"));
    server.script("streams.list", page(next("offset=2")));

    List<Stream> all = client.streams().list().autoPager().stream().toList();

    assertEquals(1, all.size());
    assertEquals(2, server.requests().size());
  }

  @Test
  void limitAboveTheDocumentedMaximumIsRejectedBeforeSending() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.streams().list(StreamsListParams.builder().limit(101).build()));
    assertEquals(List.of(), server.requests());
  }

  @Test
  void nextLinkToAnotherOriginGetsNoCredentials() {
    try (ExampleServer elsewhere = ExampleServer.start()) {
      // streams.followed needs the token, so the first request carries it.
      server.script("streams.followed", page(elsewhere.baseUrl() + "/streams/followed?limit=1&offset=1", "a"));
      elsewhere.script("streams.followed", page(null, "b"));

      List<Stream> all = client.streams().followed().autoPager().stream().toList();

      assertEquals(List.of("a", "b"), all.stream().map(Stream::name).toList());
      assertEquals("OAuth " + TOKEN, server.onlyRequest().header("Authorization"));
      RecordedRequest foreign = elsewhere.onlyRequest();
      assertEquals(null, foreign.header("Authorization"), "the token stays with its origin");
      assertEquals(
          Map.of("limit", List.of("1"), "offset", List.of("1")),
          foreign.query(),
          "no client_id either");
    }
  }

  @Test
  void pagesCanBeFetchedAsynchronously() {
    server.script("streams.list", page(next("offset=1"), "a"));
    server.script("streams.list", page(null, "b"));

    Page<Stream> second = client.streams().listAsync().thenCompose(Page::nextAsync).join();

    assertEquals("b", second.items().get(0).name());
    assertEquals(2, server.requests().size());
  }

  private static String next(String offset) {
    return "https://api.twitch.tv/kraken/streams?limit=2&" + offset;
  }

  /** A stream list page of streams named {@code names}, with a next link (or a null one). */
  private static Reply page(String next, String... names) {
    @SuppressWarnings("unchecked")
    Map<String, Object> documented =
        (Map<String, Object>)
            ExampleServer.example("streams.followed", null).response().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> template =
        ((List<Map<String, Object>>) documented.get("streams")).get(0);
    List<Object> streams = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> s = new LinkedHashMap<>(template);
      s.put("name", name);
      streams.add(s);
    }
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", "https://api.twitch.tv/kraken/streams");
    links.put("next", next);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("streams", streams);
    body.put("_links", links);
    return Reply.json(200, ExampleServer.toJson(body));
  }
}
