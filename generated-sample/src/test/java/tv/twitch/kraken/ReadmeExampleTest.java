package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tv.twitch.kraken.model.Channel;
import tv.twitch.kraken.model.Stream;
import tv.twitch.kraken.resources.StreamsListParams;

/** The usage example of README.md, as written there, against the example server. */
class ReadmeExampleTest {

  @Test
  void readmeUsageExampleWorks() {
    List<String> printed = new ArrayList<>();
    try (ExampleServer server = ExampleServer.start()) {
      // The docs show no response for GET /streams; serve the documented followed-streams page.
      server.script("streams.list", Reply.json(200, ExampleServer.exampleJson("streams.followed")));
      // From README.md "Using the generated client"; only the base URL and token differ.
      try (KrakenClient client = KrakenClient.builder()
          .baseUrl(server.baseUrl())
          .clientId("axjhfp777tflhy0yjb5sftsil")
          .accessToken("readme-token")
          .grantedScopes("channel_read", "channel_commercial")
          .build()) {

        Channel hebo = client.channels().get("hebo");
        printed.add(hebo.displayName() + " plays " + hebo.game());

        client.streams()
            .list(StreamsListParams.builder().game("Diablo III").limit(25).build())
            .autoPager()
            .maxItems(50)
            .forEach((Stream s) -> printed.add(s.channel().name() + ": " + s.viewers()));

        client.channels().commercialAsync("hebo").join();
      }
      assertEquals("POST", server.requests().get(server.requests().size() - 1).method());
    }
    assertTrue(printed.get(0).endsWith(" plays World of Warcraft: Cataclysm"), printed.get(0));
    assertTrue(printed.size() > 1 && printed.size() <= 51, "at most 50 streams: " + printed.size());
  }
}
