package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void pathSegmentEncoding() {
    assertEquals("a%2Fb", Urls.encodePathSegment("a/b"));
    assertEquals("q%3F", Urls.encodePathSegment("q?"));
    assertEquals("h%23", Urls.encodePathSegment("h#"));
    assertEquals("a%20b", Urls.encodePathSegment("a b"));
    assertEquals("50%25", Urls.encodePathSegment("50%"));
    assertEquals("%2E%2E", Urls.encodePathSegment(".."));
    assertEquals("%2E", Urls.encodePathSegment("."));
    assertEquals("a.b", Urls.encodePathSegment("a.b"));
    assertEquals("...", Urls.encodePathSegment("..."));
    assertEquals("plain-name_1~", Urls.encodePathSegment("plain-name_1~"));
  }

  @Test
  void queryAndFormEncoding() {
    assertEquals("a%20b%26c%3Dd%2B", Urls.encodeQueryComponent("a b&c=d+"));
    assertEquals("x,y:z@w/v", Urls.encodeQueryComponent("x,y:z@w/v"));
    assertEquals("a+b%26c", Urls.encodeFormComponent("a b&c"));
    assertEquals("a b&c", Urls.decodeComponent("a+b%26c"));
  }

  @Test
  void originComparisonCountsSchemeHostAndPort() {
    URI base = URI.create("https://api.twitch.tv/kraken");
    assertTrue(Urls.sameOrigin(URI.create("https://API.twitch.tv:443/other"), base));
    assertFalse(Urls.sameOrigin(URI.create("http://api.twitch.tv/kraken"), base));
    assertFalse(Urls.sameOrigin(URI.create("https://api.twitch.tv:8443/kraken"), base));
    assertFalse(Urls.sameOrigin(URI.create("https://evil.example/kraken"), base));
  }

  @Test
  void rebaseMovesOnlyLinksUnderTheDefaultBase() {
    URI from = URI.create("https://api.twitch.tv/kraken");
    URI to = URI.create("http://127.0.0.1:9/kraken");
    assertEquals(
        URI.create("http://127.0.0.1:9/kraken/games/top?limit=10&offset=10"),
        Urls.rebase(
            URI.create("https://api.twitch.tv/kraken/games/top?limit=10&offset=10"), from, to));
    assertEquals(
        URI.create("https://api.twitch.tv/krakenish/x"),
        Urls.rebase(URI.create("https://api.twitch.tv/krakenish/x"), from, to));
    assertEquals(
        URI.create("https://cdn.example/x"),
        Urls.rebase(URI.create("https://cdn.example/x"), from, to));
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    assertEquals(URI.create("http://h:1/p"), Urls.baseUrl("http://h:1/p/"));
    assertThrows(IllegalArgumentException.class, () -> Urls.baseUrl("ftp://h/p"));
    assertThrows(IllegalArgumentException.class, () -> Urls.baseUrl("/relative"));
    assertThrows(IllegalArgumentException.class, () -> Urls.baseUrl("http://h/p?x=1"));
  }
}
