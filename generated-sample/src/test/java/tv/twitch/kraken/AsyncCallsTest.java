package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krakencodegen.runtime.MissingScopeException;
import dev.krakencodegen.runtime.NotFoundException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.Channel;
import tv.twitch.kraken.model.User;

/** The asynchronous variants send the same requests and fail with the same exceptions. */
class AsyncCallsTest {
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
  void asyncCallDecodesLikeTheSyncOne() {
    Channel async = client.channels().getAsync("towelliee").join();
    Channel sync = client.channels().get("towelliee");

    assertEquals(sync, async);
    List<RecordedRequest> requests = server.requests();
    assertEquals(2, requests.size());
    assertEquals(requests.get(0).rawPath(), requests.get(1).rawPath());
    assertEquals(requests.get(0).query(), requests.get(1).query());
  }

  @Test
  void asyncListOfModels() {
    List<User> blocked = client.blocks().listAsync("cevtest12").join();

    assertEquals("hebo", blocked.get(0).name());
    assertEquals("/kraken/users/cevtest12/blocks", server.onlyRequest().rawPath());
  }

  @Test
  void asyncErrorCompletesTheFutureExceptionally() {
    server.script("teams.get", Reply.error(404, "Not Found", "Team 'nope' does not exist"));

    CompletionException e =
        assertThrows(CompletionException.class, () -> client.teams().getAsync("nope").join());

    NotFoundException cause = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals("Team 'nope' does not exist", cause.apiMessage());
  }

  @Test
  void asyncMissingScopeSendsNothing() {
    try (KrakenClient scoped = server.clientBuilder().grantedScopes("user_read").build()) {
      CompletionException e =
          assertThrows(
              CompletionException.class,
              () -> scoped.blocks().blockAsync("cevtest12", "hebo").join());

      assertInstanceOf(MissingScopeException.class, e.getCause());
      assertEquals(List.of(), server.requests());
    }
  }
}
