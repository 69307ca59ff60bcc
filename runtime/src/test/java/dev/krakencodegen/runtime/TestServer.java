package dev.krakencodegen.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 that records requests and answers with a test's handler. */
final class TestServer implements AutoCloseable {
  static final String KRAKEN_JSON = "application/vnd.twitchtv.v1+json";

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final List<Req> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Req, Reply> handler = r -> Reply.json(200, "{}");

  private TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::exchange);
    server.start();
  }

  static TestServer start() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** http://127.0.0.1:PORT */
  URI origin() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The origin plus {@code /kraken}, to check that the base path is kept. */
  String baseUrl() {
    return origin() + "/kraken";
  }

  TestServer handle(Function<Req, Reply> handler) {
    this.handler = handler;
    return this;
  }

  List<Req> requests() {
    return requests;
  }

  /** A port nothing listens on (bound once, then released). */
  static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Req req = new Req(ex.getRequestMethod(), ex.getRequestURI(), headers, body);
      requests.add(req);
      Reply reply = handler.apply(req);
      if (reply.delayMillis() > 0) {
        try {
          Thread.sleep(reply.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The client may have gone away (timeout tests); nothing to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /** A recorded request. */
  record Req(String method, URI uri, Map<String, List<String>> headers, String body) {
    String path() {
      return uri.getPath();
    }

    String rawPath() {
      return uri.getRawPath();
    }

    Optional<String> header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    Map<String, String> query() {
      return decodeForm(uri.getRawQuery());
    }

    Map<String, String> form() {
      return decodeForm(body);
    }

    private static Map<String, String> decodeForm(String raw) {
      Map<String, String> out = new LinkedHashMap<>();
      if (raw == null || raw.isEmpty()) {
        return out;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        out.put(Urls.decodeComponent(k), Urls.decodeComponent(v));
      }
      return out;
    }
  }

  /** A canned answer. */
  record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", KRAKEN_JSON), body, 0);
    }

    static Reply of(int status, String contentType, String body) {
      return new Reply(status, Map.of("Content-Type", contentType), body, 0);
    }

    static Reply empty(int status) {
      return new Reply(status, Map.of(), "", 0);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMillis);
    }

    Reply delayed(long millis) {
      return new Reply(status, headers, body, millis);
    }
  }
}
