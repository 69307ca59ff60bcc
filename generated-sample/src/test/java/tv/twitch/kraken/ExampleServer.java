package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.Example;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.spec.SpecLoader;
import dev.krakencodegen.codegen.spec.SpecSource;
import dev.krakencodegen.runtime.ClientBuilder;
import dev.krakencodegen.runtime.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on 127.0.0.1 that plays the Kraken API from the spec's documented examples.
 *
 * <p>Each request is matched (method and path template, under {@code /kraken}) to an implemented
 * operation of {@code spec/kraken-v1.yaml}, recorded as a {@link RecordedRequest}, and answered
 * with, in order of preference: a reply scripted for that operation, the example chosen with
 * {@link #useExample}, or the operation's first successful example (its status, and its response
 * as JSON with the API's media type). A request that matches no operation gets a 404.
 */
final class ExampleServer implements AutoCloseable {
  static final String BASE_PATH = "/kraken";
  static final String MEDIA_TYPE = "application/vnd.twitchtv.v1+json";
  static final String CLIENT_ID = "test-client-id";
  static final String TOKEN = "s3cr3t-t0ken-value";

  private static final Api API = loadApi();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
  private final Map<String, String> chosenExamples = new ConcurrentHashMap<>();
  private final Set<String> served = ConcurrentHashMap.newKeySet();

  private ExampleServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on an ephemeral port of 127.0.0.1. */
  static ExampleServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "example-server");
                t.setDaemon(true);
                return t;
              });
      http.setExecutor(executor);
      ExampleServer example = new ExampleServer(http, executor);
      http.createContext("/", example::handle);
      http.start();
      return example;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec the server plays, as the generator linked it. */
  static Api api() {
    return API;
  }

  /** Ids of the operations the client implements (not those marked not implemented). */
  static Set<String> implementedOperationIds() {
    Set<String> ids = new TreeSet<>();
    for (Operation op : API.operations()) {
      if (!op.notImplemented()) {
        ids.add(op.id());
      }
    }
    return ids;
  }

  static Operation operation(String id) {
    return API.operations().stream()
        .filter(op -> op.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + id));
  }

  /** The documented example {@code name} of operation {@code id}; null name: the first one. */
  static Example example(String id, String name) {
    List<Example> examples = operation(id).examples();
    if (name == null) {
      return examples.get(0);
    }
    return examples.stream()
        .filter(e -> e.name().orElse("").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(id + " has no example " + name));
  }

  /** The documented response of the first example of {@code id} that has one, as JSON text. */
  static String exampleJson(String id) {
    return operation(id).examples().stream()
        .filter(e -> e.response().isPresent())
        .findFirst()
        .map(e -> toJson(e.response().get()))
        .orElseThrow(() -> new IllegalArgumentException(id + " has no example response"));
  }

  static String toJson(Object plain) {
    return JSON.writeValueAsString(plain);
  }

  /** {@code http://127.0.0.1:<port>/kraken}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
  }

  /**
   * A client builder pointed at this server, with a client id and token, and no retries (the
   * tests that retry say so).
   */
  ClientBuilder<KrakenClient> clientBuilder() {
    return KrakenClient.builder()
        .baseUrl(baseUrl())
        .clientId(CLIENT_ID)
        .accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none());
  }

  KrakenClient client() {
    return clientBuilder().build();
  }

  /** Answers the next request for {@code operationId} with {@code reply} (replies queue up). */
  void script(String operationId, Reply reply) {
    operation(operationId);
    scripted.computeIfAbsent(operationId, k -> new ArrayDeque<>()).add(reply);
  }

  /** Answers {@code operationId} with its documented example {@code exampleName} from now on. */
  void useExample(String operationId, String exampleName) {
    example(operationId, exampleName);
    chosenExamples.put(operationId, exampleName);
  }

  /** Every request received so far, in order. */
  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The single request received so far; fails if there were more or none. */
  RecordedRequest onlyRequest() {
    assertEquals(1, requests.size(), () -> "requests received: " + requests);
    return requests.get(0);
  }

  /** Ids of the operations that received a request since the server started (kept by reset). */
  Set<String> servedOperations() {
    return new TreeSet<>(served);
  }

  /** Forgets recorded requests, scripted replies and chosen examples. */
  void reset() {
    requests.clear();
    scripted.clear();
    chosenExamples.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // wakes handlers still sleeping through a scripted delay
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);

      Match match = match(method, rawPath);
      requests.add(
          new RecordedRequest(
              match == null ? null : match.operation().id(),
              method,
              rawPath,
              rawQuery,
              match == null ? Map.of() : match.pathParams(),
              exchange.getRequestHeaders(),
              body));

      if (match != null) {
        served.add(match.operation().id());
      }
      Reply reply =
          match == null
              ? Reply.error(404, "Not Found", "no operation matches " + method + " " + rawPath)
              : replyFor(match.operation());
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return; // the server is closing
        }
      }
      send(exchange, reply);
    } catch (IOException e) {
      // The client went away (e.g. it timed out): nothing left to answer.
    }
  }

  private Reply replyFor(Operation op) {
    Deque<Reply> queue = scripted.get(op.id());
    if (queue != null) {
      synchronized (queue) {
        Reply next = queue.poll();
        if (next != null) {
          return next;
        }
      }
    }
    String chosen = chosenExamples.get(op.id());
    if (chosen != null) {
      return fromExample(example(op.id(), chosen));
    }
    for (Example e : op.examples()) {
      if (e.status() / 100 == 2 && e.response().isPresent()) {
        return fromExample(e);
      }
    }
    if (op.returns().isEmpty()) {
      return Reply.empty(op.status());
    }
    // The docs show no response here; inventing one would test nothing, so the test must script it.
    return Reply.error(
        500, "Internal Server Error", op.id() + " has no documented response; script one");
  }

  private static Reply fromExample(Example e) {
    return e.response().map(r -> Reply.json(e.status(), toJson(r))).orElse(Reply.empty(e.status()));
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private record Match(Operation operation, Map<String, String> pathParams, int literals) {}

  /**
   * The implemented operation whose method and path template match; where several templates
   * match ({@code /streams/featured} and {@code /streams/{channel}}), the most literal one wins.
   */
  private static Match match(String method, String rawPath) {
    if (!rawPath.equals(BASE_PATH) && !rawPath.startsWith(BASE_PATH + "/")) {
      return null;
    }
    List<String> segments = segments(rawPath.substring(BASE_PATH.length()));
    Match best = null;
    for (Operation op : API.operations()) {
      if (op.notImplemented() || !op.method().name().equals(method)) {
        continue;
      }
      List<String> template = segments(op.path());
      if (template.size() != segments.size()) {
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      int literals = 0;
      boolean matches = true;
      for (int i = 0; i < template.size() && matches; i++) {
        String t = template.get(i);
        if (t.startsWith("{") && t.endsWith("}")) {
          params.put(
              t.substring(1, t.length() - 1),
              URLDecoder.decode(segments.get(i).replace("+", "%2B"), StandardCharsets.UTF_8));
        } else if (t.equals(segments.get(i))) {
          literals++;
        } else {
          matches = false;
        }
      }
      if (matches && (best == null || literals > best.literals())) {
        best = new Match(op, params, literals);
      }
    }
    return best;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Api loadApi() {
    try {
      return SpecLoader.load(SpecSource.read(Path.of("../spec/kraken-v1.yaml")));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load ../spec/kraken-v1.yaml: " + e.getMessage(), e);
    }
  }
}
