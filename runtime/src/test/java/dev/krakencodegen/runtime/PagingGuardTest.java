package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.PagingTest.Game;
import dev.krakencodegen.runtime.PagingTest.TopGames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paging edge cases: loops, nulls, bad links, closed clients (R3, R4, R5, R10). */
class PagingGuardTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient client() {
    return TestApis.kraken(server).accessToken("page-token-abc").build();
  }

  private static List<String> names(Iterable<Game> games) {
    List<String> out = new ArrayList<>();
    games.forEach(g -> out.add(g.name()));
    return out;
  }

  private static TestServer.Reply page(String item, String next) {
    return TestServer.Reply.json(
        200, "{\"top\":[{\"name\":\"" + item + "\"}],\"_links\":{\"next\":\"" + next + "\"}}");
  }

  @Test
  void aRepeatedNextLinkEndsTheWalk() {
    // Every page, the first included, says the next one is at offset=1.
    server.handle(r -> page("g", server.baseUrl() + "/games/top?offset=1"));
    Page<Game> first =
        client().executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("g", "g"), names(first.autoPager()));
    assertEquals(2, server.requests().size(), "the link fetched once is not fetched again");
    // each walk starts afresh from the first page
    assertEquals(List.of("g", "g"), names(first.autoPager()));
    assertEquals(3, server.requests().size());
  }

  @Test
  void aSelfLinkOnTheFirstPageEndsTheWalk() {
    server.handle(r -> page("only", server.origin() + r.uri().toString()));
    Page<Game> first =
        client().executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertTrue(first.hasNext(), "a link is a link; only the walk knows it was fetched");
    assertEquals(List.of("only"), names(first.autoPager()));
    assertEquals(1, server.requests().size());
  }

  @Test
  void aLinkCycleEndsTheWalk() {
    // offset=1 links to offset=2, which links back to offset=1
    server.handle(
        r -> {
          String offset = r.query().getOrDefault("offset", "0");
          String next = server.baseUrl() + "/games/top?offset=" + (offset.equals("1") ? 2 : 1);
          return page("g" + offset, next);
        });
    Page<Game> first =
        client().executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("g0", "g1", "g2"), names(first.autoPager()));
    assertEquals(3, server.requests().size());
  }

  @Test
  void nullItemsAreDroppedButCountForTheOffset() {
    server.handle(
        r ->
            r.query().containsKey("offset")
                ? TestServer.Reply.json(200, "{\"top\":[]}")
                : TestServer.Reply.json(
                    200, "{\"top\":[{\"name\":\"a\"},null,{\"name\":\"b\"}]}"));
    Page<Game> first =
        client()
            .executePage(
                PagingTest.TOP_OFFSET_ONLY, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("a", "b"), names(first.items()));
    assertEquals(List.of("a", "b"), names(first.autoPager()));
    assertEquals("3", server.requests().get(1).query().get("offset"));
  }

  @Test
  void aPageOfOnlyNullsIsNotTheEnd() {
    Page<String> p = Page.of(Arrays.asList("x", null, "y"));
    assertEquals(List.of("x", "y"), p.items());
    server.handle(
        r ->
            r.query().containsKey("offset")
                ? TestServer.Reply.json(200, "{\"top\":[{\"name\":\"after\"}]}")
                : TestServer.Reply.json(200, "{\"top\":[null]}"));
    Page<Game> first =
        client()
            .executePage(
                PagingTest.TOP_OFFSET_ONLY, RequestValues.empty(), TopGames.class, TopGames::top);
    assertTrue(first.items().isEmpty());
    assertTrue(first.hasNext());
    assertEquals(List.of("after"), names(first.next().items()));
  }

  @Test
  void anUnparsableNextLinkFailsAsADecodingErrorWithoutSecrets() {
    server.handle(
        r -> page("a", "games/top?offset=1&note=page-token-abc&oauth_token=sek rit&limit=1"));
    Page<Game> first =
        client().executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    assertEquals(List.of("a"), names(first.items()), "the page itself is fine");
    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, first::next);
    assertEquals(
        "the response of GET /games/top?client_id=axjhfp777tflhy0yjb5sftsil has an unusable"
            + " next-page link (Illegal character in query at index 54):"
            + " games/top?offset=1&note=***&oauth_token=***&limit=1",
        e.getMessage());
    CompletionException async = assertThrows(CompletionException.class, first.nextAsync()::join);
    assertInstanceOf(ResponseDecodingException.class, async.getCause());
    Iterator<Game> it = first.autoPager().iterator();
    assertEquals("a", it.next().name());
    assertThrows(ResponseDecodingException.class, it::hasNext);
    assertEquals(1, server.requests().size());
  }

  @Test
  void aNonHttpNextLinkIsRejected() {
    server.handle(r -> page("a", "mailto:someone@example.com"));
    Page<Game> first =
        client().executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, first::next);
    assertTrue(
        e.getMessage().endsWith("(not an http(s) URL): mailto:someone@example.com"),
        e.getMessage());
  }

  @Test
  void noPageIsFetchedAfterClose() {
    server.handle(r -> TestServer.Reply.json(200, "{\"top\":[{\"name\":\"a\"}]}"));
    ApiClient client = client();
    Page<Game> byOffset =
        client.executePage(
            PagingTest.TOP_OFFSET_ONLY, RequestValues.empty(), TopGames.class, TopGames::top);
    server.handle(r -> page("b", server.baseUrl() + "/games/top?offset=1"));
    Page<Game> byLink =
        client.executePage(PagingTest.TOP, RequestValues.empty(), TopGames.class, TopGames::top);
    client.close();
    for (Page<Game> p : List.of(byOffset, byLink)) {
      assertTrue(p.hasNext());
      assertThrows(IllegalStateException.class, p::next);
      CompletionException e = assertThrows(CompletionException.class, p.nextAsync()::join);
      assertInstanceOf(IllegalStateException.class, e.getCause());
    }
    assertEquals(2, server.requests().size());
  }
}
