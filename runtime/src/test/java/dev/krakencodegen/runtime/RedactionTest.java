package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final String TOKEN = "tok-4f8a9b-secret";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void builderClientAndConfigToStringHideTheToken() {
    ClientBuilder<ApiClient> b = TestApis.kraken(server).accessToken(TOKEN);
    ApiClient client = b.build();
    for (String s : List.of(b.toString(), client.toString())) {
      assertFalse(s.contains(TOKEN), s);
      assertTrue(s.contains("accessToken=***"), s);
    }
  }

  @Test
  void requestValuesShowNamesOnly() {
    RequestValues v =
        RequestValues.builder()
            .path("channel", "hebo")
            .query("q", "secret-query")
            .form("password", "pw-123")
            .build();
    assertEquals("RequestValues[path=[channel], query=[q], form=[password]]", v.toString());
  }

  @Test
  void transportRecordsHideHeadersQueryAndBody() {
    TransportRequest r =
        new TransportRequest(
            "POST",
            URI.create("https://h/p?oauth_token=" + TOKEN),
            Map.of("Authorization", List.of("OAuth " + TOKEN)),
            ("password=" + TOKEN).getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(1));
    assertEquals(
        "TransportRequest[POST https://h/p?…, headers=[Authorization], body=26 bytes]",
        r.toString());
    TransportResponse resp =
        new TransportResponse(
            200, Map.of("X", List.of(TOKEN)), TOKEN.getBytes(StandardCharsets.UTF_8));
    assertFalse(resp.toString().contains(TOKEN));
  }

  @Test
  void tokenInQueryAndSensitiveParamsAreMaskedInMessages() {
    server.handle(
        r ->
            TestServer.Reply.json(
                404,
                "{\"message\":\"no key " + TOKEN + "\",\"status\":404,\"error\":\"Not Found\"}"));
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, Function.identity())
            .baseUrl(server.baseUrl())
            .accessToken(TOKEN)
            .build();
    Endpoint ingest =
        Endpoint.builder("ingest.check", "GET", "/keys/{stream_key}")
            .sensitive("stream_key", "pin")
            .build();
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                client.execute(
                    ingest,
                    RequestValues.builder()
                        .path("stream_key", "live_1234_abcd")
                        .query("pin", "98765")
                        .query("game", "Diablo")
                        .build(),
                    Void.class));
    assertEquals(
        "HTTP 404 Not Found from GET /keys/***?pin=***&game=Diablo&oauth_token=***: no key ***",
        e.getMessage());
    // the request itself carried the real values
    TestServer.Req req = server.requests().get(0);
    assertEquals("/kraken/keys/live_1234_abcd", req.path());
    assertEquals(TOKEN, req.query().get("oauth_token"));
  }

  @Test
  void redactQueryMasksWellKnownSecretsAlways() {
    assertEquals(
        "a=1&client_secret=***&password=***&access_token=***&b",
        Redaction.redactQuery("a=1&client_secret=x&password=y&access_token=z&b", Set.of()));
  }

  @Test
  void debugLogsNeverContainSecrets() {
    Logger jul = Logger.getLogger("dev.krakencodegen.runtime");
    List<String> lines = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level old = jul.getLevel();
    jul.setLevel(Level.ALL);
    jul.addHandler(capture);
    try {
      server.handle(r -> TestServer.Reply.json(503, "{}"));
      ApiClient client =
          new ClientBuilder<>(TestApis.KRAKEN_QUERY_TOKEN, Function.identity())
              .baseUrl(server.baseUrl())
              .accessToken(TOKEN)
              .sleeper(new RecordingSleeper())
              .build();
      Supplier<Object> call =
          () ->
              client.execute(
                  TestApis.CHANNEL_GET,
                  RequestValues.builder().path("channel", "x").build(),
                  Void.class);
      assertThrows(InternalServerException.class, call::get);
    } finally {
      jul.removeHandler(capture);
      jul.setLevel(old);
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("sending GET /channels/x?oauth_token=***")),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("retrying ")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains(TOKEN)), lines.toString());
  }
}
