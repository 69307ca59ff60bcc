package com.example.things;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.things.model.Thing;
import com.example.things.model.ThingList;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the client the plugin generated in this build against a real server on loopback. */
class ThingsClientTest {

  private HttpServer server;
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private ThingsClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/things", this::handle);
    server.start();
    client =
        ThingsClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api")
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(
        exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Accept"));
    String body =
        path.equals("/api/things")
            ? "{\"things\": [{\"_id\": 1, \"name\": \"Lamp\", \"tags\": []},"
                + " {\"_id\": 2, \"name\": \"Desk\", \"tags\": [\"wood\"]}]}"
            : "{\"_id\": 42, \"name\": \"Lamp\", \"tags\": [\"light\", \"brass\"]}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void getsOneThing() {
    Thing thing = client.things().get("lamp-42");

    assertEquals(42L, thing.id());
    assertEquals("Lamp", thing.name());
    assertEquals(List.of("light", "brass"), thing.tags());
    assertEquals(
        List.of("GET /api/things/lamp-42 application/vnd.things.v1+json"), List.copyOf(requests));
  }

  @Test
  void listsThings() {
    ThingList list = client.things().list();

    assertEquals(List.of("Lamp", "Desk"), list.things().stream().map(Thing::name).toList());
    assertEquals(List.of("wood"), list.things().get(1).tags());
    assertEquals(List.of("GET /api/things application/vnd.things.v1+json"), List.copyOf(requests));
  }
}
