package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.MissingScopeException;
import dev.krakencodegen.runtime.MissingTokenException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.SearchType;

/** Calls that cannot succeed fail before anything reaches the server. */
class FailFastTest {
  private ExampleServer server;

  @BeforeEach
  void start() {
    server = ExampleServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void missingScopeFailsBeforeSending() {
    try (KrakenClient client =
        server.clientBuilder().grantedScopes("user_read", "channel_commercial").build()) {

      MissingScopeException e =
          assertThrows(MissingScopeException.class, () -> client.channels().getAuthenticated());

      assertEquals("channels.getAuthenticated", e.endpointId());
      assertEquals(List.of("channel_read"), e.missingScopes());
      assertEquals(Set.of("user_read", "channel_commercial"), e.grantedScopes());
      assertTrue(e.getMessage().contains("channel_read"), e.getMessage());
      assertEquals(List.of(), server.requests(), "nothing was sent");

      // A call within the granted scopes goes through.
      assertEquals("cevtest12", client.users().getAuthenticated().name());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void scopesDiscoveredFromTheRootFailLaterCallsFast() {
    // The documented root response grants user_read, channel_read and channel_commercial.
    try (KrakenClient client = server.clientBuilder().discoverScopes(true).build()) {

      assertThrows(MissingScopeException.class, () -> client.blocks().block("cevtest12", "hebo"));

      assertEquals(
          List.of("root.get"),
          server.requests().stream().map(RecordedRequest::operationId).toList(),
          "only the discovery call reached the server");
    }
  }

  @Test
  void missingTokenFailsBeforeSending() {
    try (KrakenClient client = server.clientBuilder().accessToken(null).build()) {

      assertThrows(MissingTokenException.class, () -> client.streams().followed());

      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void unknownEnumValueIsNeverSent() {
    try (KrakenClient client = server.client()) {

      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> client.search().games("star", SearchType.UNKNOWN));

      assertTrue(e.getMessage().contains("SearchType.UNKNOWN"), e.getMessage());
      assertEquals(List.of(), server.requests());
    }
  }
}
