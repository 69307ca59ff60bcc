package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {
  private final TestServer server = TestServer.start();
  private final TestServer other = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  record Game(@JsonProperty("name") String name) {}

  record Links(@JsonProperty("next") @Nullable String next) {}

  record TopGames(@JsonProperty("top") List<Game> top, @JsonProperty("_links") Links links) {}

  static final Endpoint TOP =
      Endpoint.builder("games.top", "GET", "/games/top")
          .paging("limit", "offset", 100, "_links", "next")
          .build();

  static final Endpoint TOP_OFFSET_ONLY =
      Endpoint.builder("games.top", "GET", "/games/top").paging("limit", "offset", 100).build();

  /** Serves {@code perPage} games per page for offsets below {@code total}, then an empty page. */
  private static TestServer.Reply games(
      TestServer.Req r, String linkBase, int total, boolean links) {
    Map<String, String> q = r.query();
    int limit = Integer.parseInt(q.getOrDefault("limit", "3"));
    int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
    List<String> names = new ArrayList<>();
    for (int i = offset; i < Math.min(total, offset + limit); i++) {
      names.add("{\"name\":\"g" + i + "\"}");
    }
    String next = linkBase + "/games/top?limit=" + limit + "&offset=" + (offset + limit);
    return TestServer.Reply.json(
        200,
        "{\"top\":["
            + String.join(",", names)
            + "]"
            + (links ? ",\"_links\":{\"next\":\"" + next + "\"}" : "")
            + "}");
  }

  private ApiClient client() {
    return TestApis.kraken(server).accessToken("page-token").build();
  }

  private static RequestValues limit(int n) {
    return RequestValues.builder().query("limit", n).build();
  }

  private static List<String> names(Iterable<Game> games) {
    List<String> out = new ArrayList<>();
    games.forEach(g -> out.add(g.name()));
    return out;
  }

  @Test
  void autoPagerWalksNextLinksAndStopsOnAnEmptyPage() {
    server.handle(r -> games(r, server.baseUrl(), 9, true));
    Page<Game> first = client().executePage(TOP, limit(3), TopGames.class, TopGames::top);
    assertEquals(List.of("g0", "g1", "g2"), names(first.items()));
    assertTrue(first.hasNext());
    assertEquals(1, server.requests().size(), "lazy: only the first page so far");

    assertEquals(
        List.of("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8"), names(first.autoPager()));
    // pages at offsets 3 and 6, then the empty page at 9 ends it
    assertEquals(4, server.requests().size());
    assertEquals("9", server.requests().get(3).query().get("offset"));
    assertTrue(
        server.requests().stream()
            .allMatch(r -> r.header("Authorization").orElse("").equals("OAuth page-token")));
    assertTrue(
        server.requests().stream()
            .allMatch(r -> "axjhfp777tflhy0yjb5sftsil".equals(r.query().get("client_id"))));
    assertTrue(
        server.requests().stream()
            .allMatch(r -> r.uri().getRawQuery().split("client_id=", -1).length == 2));
  }

  @Test
  void forEachAsyncWalksEveryPageWithoutBlocking() throws Exception {
    server.handle(r -> games(r, server.baseUrl(), 7, true));
    Page<Game> first = client().executePage(TOP, limit(3), TopGames.class, TopGames::top);
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    first.autoPager().forEachAsync(g -> seen.add(g.name())).get();

    assertEquals(List.of("g0", "g1", "g2", "g3", "g4", "g5", "g6"), seen);
    assertEquals(4, server.requests().size(), "offsets 0, 3 and 6, then the empty page at 9 ends it");
  }

  @Test
  void forEachAsyncHonoursMaxItemsAndReportsTheFirstError() {
    server.handle(r -> games(r, server.baseUrl(), 1000, true));
    Page<Game> first = client().executePage(TOP, limit(3), TopGames.class, TopGames::top);
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    first.autoPager().maxItems(4).forEachAsync(g -> seen.add(g.name())).join();
    assertEquals(List.of("g0", "g1", "g2", "g3"), seen);
    assertEquals(2, server.requests().size());

    server.handle(r -> TestServer.Reply.json(500, "{\"message\":\"boom\",\"status\":500,\"error\":\"Internal Server Error\"}"));
    CompletionException failed = assertThrows(CompletionException.class,
        () -> first.autoPager().forEachAsync(g -> { }).join());
    assertTrue(failed.getCause() instanceof InternalServerException, String.valueOf(failed.getCause()));
  }

  @Test
  void maxItemsBoundsItemsAndRequests() {
    server.handle(r -> games(r, server.baseUrl(), 1000, true));
    Page<Game> first = client().executePage(TOP, limit(3), TopGames.class, TopGames::top);
    List<String> got =
        first.autoPager().maxItems(5).stream().map(Game::name).collect(Collectors.toList());
    assertEquals(List.of("g0", "g1", "g2", "g3", "g4"), got);
    assertEquals(2, server.requests().size());
    assertEquals(List.of("g0", "g1"), first.autoPager().stream().limit(2).map(Game::name).toList());
  }

  @Test
  void nextAndNextAsyncFetchPagesAndTheEndIsReported() throws Exception {
    server.handle(r -> games(r, server.baseUrl(), 4, true));
    Page<Game> p1 = client().executePageAsync(TOP, limit(3), TopGames.class, TopGames::top).get();
    Page<Game> p2 = p1.nextAsync().get();
    assertEquals(List.of("g3"), names(p2.items()));
    Page<Game> p3 = p2.next();
    assertTrue(p3.items().isEmpty());
    assertFalse(p3.hasNext());
    assertThrows(NoSuchElementException.class, p3::next);
  }

  @Test
  void nullNextLinkEndsTheListing() {
    server.handle(
        r ->
            TestServer.Reply.json(
                200, "{\"top\":[{\"name\":\"only\"}],\"_links\":{\"next\":null}}"));
    Page<Game> p = client().executePage(TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertFalse(p.hasNext());
    assertEquals(List.of("only"), names(p.autoPager()));
    assertEquals(1, server.requests().size());
  }

  @Test
  void withoutLinksTheOffsetAdvancesByItemsReceived() {
    server.handle(r -> games(r, "unused", 7, false));
    Page<Game> first =
        client().executePage(TOP_OFFSET_ONLY, limit(3), TopGames.class, TopGames::top);
    assertEquals(7, names(first.autoPager()).size());
    List<String> offsets =
        server.requests().stream().map(r -> r.query().getOrDefault("offset", "-")).toList();
    // the page at 6 holds one item, so the next offset is 7, where the empty page ends it
    assertEquals(List.of("-", "3", "6", "7"), offsets);
    assertTrue(server.requests().stream().allMatch(r -> "3".equals(r.query().get("limit"))));
  }

  @Test
  void limitAboveMaximumIsRejectedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> client().executePage(TOP, limit(101), TopGames.class, TopGames::top));
    assertTrue(e.getMessage().contains("games.top"), e.getMessage());
    assertTrue(e.getMessage().contains("100"), e.getMessage());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void credentialsAreNotSentToAnotherOrigin() {
    // The first page links to another server (another port: another origin), which links back.
    server.handle(
        r ->
            "0".equals(r.query().getOrDefault("offset", "0"))
                ? TestServer.Reply.json(
                    200,
                    "{\"top\":[{\"name\":\"a\"}],\"_links\":{\"next\":\""
                        + other.origin()
                        + "/games/top?offset=1\"}}")
                : TestServer.Reply.json(200, "{\"top\":[],\"_links\":{\"next\":null}}"));
    other.handle(
        r ->
            TestServer.Reply.json(
                200,
                "{\"top\":[{\"name\":\"b\"}],\"_links\":{\"next\":\""
                    + server.baseUrl()
                    + "/games/top?offset=2\"}}"));

    ApiClient client = TestApis.kraken(server).accessToken("never-elsewhere").build();
    Page<Game> first =
        client.executePage(TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("a", "b"), names(first.autoPager()));

    TestServer.Req foreign = other.requests().get(0);
    assertTrue(foreign.header("Authorization").isEmpty());
    assertFalse(foreign.query().containsKey("client_id"));
    assertEquals(TestServer.KRAKEN_JSON, foreign.header("Accept").orElseThrow());
    TestServer.Req back = server.requests().get(1);
    assertEquals("OAuth never-elsewhere", back.header("Authorization").orElseThrow());
    assertEquals("axjhfp777tflhy0yjb5sftsil", back.query().get("client_id"));
  }

  @Test
  void linksToTheDefaultBaseUrlFollowTheConfiguredOne() {
    server.handle(
        r ->
            r.query().containsKey("offset")
                ? TestServer.Reply.json(200, "{\"top\":[],\"_links\":{\"next\":null}}")
                : TestServer.Reply.json(
                    200,
                    "{\"top\":[{\"name\":\"a\"}],\"_links\":{\"next\":\"https://api.twitch.tv/kraken/games/top?limit=10&offset=10\"}}"));
    Page<Game> first =
        client().executePage(TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("a"), names(first.autoPager()));
    assertEquals(2, server.requests().size());
    assertEquals("/kraken/games/top", server.requests().get(1).path());
    assertEquals(
        "OAuth page-token", server.requests().get(1).header("Authorization").orElseThrow());
  }

  @Test
  void singlePageHelper() {
    Page<String> p = Page.of(List.of("x", "y"));
    assertFalse(p.hasNext());
    assertEquals(List.of("x", "y"), p.autoPager().stream().toList());
    CompletionException e = assertThrows(CompletionException.class, () -> p.nextAsync().join());
    assertTrue(e.getCause() instanceof NoSuchElementException);
    assertEquals(2, p.items().size());
  }
}
