package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executes endpoint calls for a generated client. Built by {@link ClientBuilder}; thread-safe.
 *
 * <p>Before sending, a call fails fast with {@link MissingTokenException} when the endpoint
 * requires a token and none is configured, with {@link MissingScopeException} when the token's
 * scopes are known and lack one the endpoint requires, and with {@link IllegalArgumentException}
 * when a paging limit exceeds the endpoint's maximum.
 */
public final class ApiClient implements AutoCloseable {
  private final ClientConfig config;
  private final JsonMapper json;
  private final RequestFactory requests;
  private final RetryingSender sender;
  private final ResponseReader reader;
  private final ScopeGuard scopes;
  private volatile boolean closed;

  ApiClient(ClientConfig config) {
    this.config = config;
    this.json = KrakenJson.newMapper();
    this.requests = new RequestFactory(config, json);
    this.sender = new RetryingSender(config, () -> closed);
    this.reader = new ResponseReader(json, new ErrorMapper(json, config));
    this.scopes =
        new ScopeGuard(
            config.grantedScopes(),
            config.discoverScopes(),
            this::discoverScopes,
            this::discoverScopesAsync);
  }

  /**
   * Calls {@code endpoint} and decodes the response.
   *
   * <p>Every 2xx status is success, whatever status the endpoint documents.
   *
   * @param type the response type; {@code Void.class} ignores the body and returns null
   * @return the decoded body; null for {@code Void.class} and whenever the body is empty
   * @throws ApiException (a subclass per status) when the API answers with an error
   * @throws TransportException when no response could be received
   * @throws RequestTimeoutException when the response took too long
   */
  public <T> @Nullable T execute(Endpoint endpoint, RequestValues values, Class<T> type) {
    PreparedRequest r = prepareChecked(endpoint, values);
    return reader.read(r, sender.send(r), type);
  }

  /**
   * Like {@link #execute}, without blocking; failures complete the future exceptionally. Once the
   * returned future is done (cancelled, typically) or the client is closed, no retry starts.
   */
  public <T> CompletableFuture<T> executeAsync(
      Endpoint endpoint, RequestValues values, Class<T> type) {
    PreparedRequest r;
    try {
      r = prepareUnchecked(endpoint, values);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return callAsync(
        callerDone ->
            scopes
                .checkAsync(endpoint)
                .thenCompose(x -> sender.sendAsync(r, callerDone))
                .thenApply(response -> reader.read(r, response, type)));
  }

  /**
   * Calls a paged endpoint and returns its first page.
   *
   * @param type the response type
   * @param items extracts the page's items from the response
   */
  public <R, T> Page<T> executePage(
      Endpoint endpoint, RequestValues values, Class<R> type, Function<R, List<T>> items) {
    PreparedRequest r = prepareChecked(endpoint, values);
    return toPage(
        r,
        sender.send(r),
        new PageSpec<>(endpoint, type, items),
        values,
        startOffset(endpoint, values));
  }

  /** Like {@link #executePage}, without blocking; retries stop as for {@link #executeAsync}. */
  public <R, T> CompletableFuture<Page<T>> executePageAsync(
      Endpoint endpoint, RequestValues values, Class<R> type, Function<R, List<T>> items) {
    PreparedRequest r;
    try {
      r = prepareUnchecked(endpoint, values);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    PageSpec<R, T> spec = new PageSpec<>(endpoint, type, items);
    long offset = startOffset(endpoint, values);
    return callAsync(
        callerDone ->
            scopes
                .checkAsync(endpoint)
                .thenCompose(x -> sender.sendAsync(r, callerDone))
                .thenApply(response -> toPage(r, response, spec, values, offset)));
  }

  /** The JSON mapper used for bodies; configured as described in {@link KrakenJson}. */
  public JsonMapper json() {
    return json;
  }

  public ApiDescriptor descriptor() {
    return config.api();
  }

  /** The base URL requests go to. */
  public URI baseUrl() {
    return config.baseUrl();
  }

  /**
   * The token's scopes, if known: configured, or discovered from the API (blocking, once) when
   * discovery is enabled. Empty when unknown.
   */
  public Optional<Set<String>> grantedScopes() {
    return scopes.granted();
  }

  /**
   * OAuth2 helpers for this API with this client's client id, transport and base URL (URLs under
   * the API's default base URL move to the configured one).
   *
   * @throws IllegalStateException if the API declares no OAuth2 URLs or no client id is configured
   */
  public OAuth2 oauth2() {
    return new OAuth2(this);
  }

  /**
   * Marks the client closed. Afterwards every call, including fetching a next page and scope
   * discovery, fails with {@link IllegalStateException} before sending anything, and calls in
   * flight start no further retry attempts (a synchronous call then throws IllegalStateException;
   * an asynchronous one completes exceptionally with it). A request already on the wire is not
   * aborted.
   *
   * <p>No connection or thread is released: the transport is left alone, because a
   * caller-supplied one belongs to the caller and Java 17's {@link java.net.http.HttpClient},
   * behind the default one, has no {@code close()} (its resources go when it is garbage
   * collected). Closing twice is harmless.
   */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "ApiClient[" + config + "]";
  }

  ClientConfig config() {
    return config;
  }

  /** POSTs a form to an absolute URL without the client's credentials; used by {@link OAuth2}. */
  JsonNode postForm(Endpoint endpoint, URI url, List<RequestValues.Param> form) {
    checkOpen();
    PreparedRequest r = requests.prepareForm(endpoint, url, form);
    return reader.readTree(r, sender.send(r));
  }

  private PreparedRequest prepareChecked(Endpoint endpoint, RequestValues values) {
    PreparedRequest r = prepareUnchecked(endpoint, values);
    scopes.check(endpoint);
    return r;
  }

  private PreparedRequest prepareUnchecked(Endpoint endpoint, RequestValues values) {
    checkOpen();
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(values, "values");
    if (endpoint.authRequired() && config.accessToken() == null) {
      String var = config.api().envPrefix() + "ACCESS_TOKEN";
      throw new MissingTokenException(
          endpoint.id() + " requires an access token; set one with accessToken(...) or " + var,
          endpoint.id());
    }
    return requests.prepare(endpoint, values);
  }

  /**
   * Runs an asynchronous call, handing it a check of whether the future returned to the caller is
   * already done, so that retries stop once nobody waits for the answer.
   */
  private <T> CompletableFuture<T> callAsync(
      Function<BooleanSupplier, CompletableFuture<T>> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<T> inner;
    try {
      inner = call.apply(result::isDone);
    } catch (RuntimeException e) {
      inner = CompletableFuture.failedFuture(e);
    }
    inner.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(error);
          } else {
            result.complete(value);
          }
        });
    return result;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this client is closed");
    }
  }

  /** The offset of the first page: the request's offset value, 0 if absent, -1 if unreadable. */
  private static long startOffset(Endpoint endpoint, RequestValues values) {
    return endpoint.paging().map(p -> parseOffset(values.queryValue(p.offsetParam()))).orElse(-1L);
  }

  private static long parseOffset(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** What is needed to turn any page of one listing into a {@link Page}. */
  private record PageSpec<R, T>(Endpoint endpoint, Class<R> type, Function<R, List<T>> items) {}

  private <R, T> Page<T> toPage(
      PreparedRequest r,
      TransportResponse response,
      PageSpec<R, T> spec,
      RequestValues values,
      long offset) {
    if (response.body().length == 0 && r.endpoint().isSuccess(response.status())) {
      // A success without a body (a 204, say) lists nothing: the last, empty page.
      return new Page<>(List.of(), null, r.uri());
    }
    JsonNode tree = reader.readTree(r, response);
    R body = reader.convert(r, tree, spec.type());
    List<T> list = body == null ? null : spec.items().apply(body);
    if (list == null) {
      list = List.of();
    }
    return new Page<>(list, nextFetcher(r, tree, spec, values, offset, list.size()), r.uri());
  }

  /**
   * How to fetch the next page: follow the next link when the response has one; stop when the link
   * field is present but null or blank; fall back to offset + item count when the endpoint declares
   * no link path or the response lacks the field.
   */
  private <R, T> @Nullable PageFetcher<T> nextFetcher(
      PreparedRequest r,
      JsonNode tree,
      PageSpec<R, T> spec,
      RequestValues values,
      long offset,
      int count) {
    Optional<Endpoint.Paging> paging = spec.endpoint().paging();
    if (paging.isEmpty() || count == 0) {
      return null;
    }
    Endpoint.Paging p = paging.get();
    if (!p.nextPath().isEmpty()) {
      JsonNode link = tree;
      for (String field : p.nextPath()) {
        link = link.path(field);
      }
      if (link.isString()) {
        String text = link.stringValue().trim();
        if (text.isEmpty()) {
          return null;
        }
        PreparedRequest next;
        try {
          next = requests.prepareLink(spec.endpoint(), nextLink(text));
        } catch (IllegalArgumentException e) {
          // Reported when the next page is asked for: this page's items are fine.
          return failingFetcher(badLink(r, text, e));
        }
        return linkFetcher(spec, next);
      }
      if (!link.isMissingNode()) {
        return null;
      }
    }
    if (offset < 0) {
      return null;
    }
    long nextOffset = offset + count;
    RequestValues nextValues = values.withQuery(p.offsetParam(), Long.toString(nextOffset));
    return new PageFetcher<>() {
      @Override
      public Page<T> fetch() {
        checkOpen();
        PreparedRequest r = requests.prepare(spec.endpoint(), nextValues);
        return toPage(r, sender.send(r), spec, nextValues, nextOffset);
      }

      @Override
      public CompletableFuture<Page<T>> fetchAsync() {
        PreparedRequest r;
        try {
          checkOpen();
          r = requests.prepare(spec.endpoint(), nextValues);
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
        return callAsync(
            callerDone ->
                sender
                    .sendAsync(r, callerDone)
                    .thenApply(resp -> toPage(r, resp, spec, nextValues, nextOffset)));
      }
    };
  }

  /**
   * The next-page link as an absolute http(s) URL, resolved against the base URL.
   *
   * @throws IllegalArgumentException if it is not one
   */
  private URI nextLink(String text) {
    URI uri = URI.create(config.baseUrl() + "/").resolve(text);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!web || uri.isOpaque() || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL");
    }
    return uri;
  }

  /** The failure for an unusable next link, showing the link with its secrets masked. */
  private ResponseDecodingException badLink(PreparedRequest r, String link, RuntimeException e) {
    Set<String> sensitive = requests.sensitiveNames(r.endpoint());
    String reason = e.getMessage() == null ? "invalid" : firstClause(e.getMessage());
    return new ResponseDecodingException(
        "the response of "
            + r.display()
            + " has an unusable next-page link ("
            + Redaction.scrub(reason, r.secrets())
            + "): "
            + Redaction.displayText(link, sensitive, r.secrets()),
        null);
  }

  /** URI.create's message quotes the whole input, secrets included; keep only the reason. */
  private static String firstClause(String message) {
    int colon = message.indexOf(':');
    return colon < 0 ? message : message.substring(0, colon);
  }

  private static <T> PageFetcher<T> failingFetcher(KrakenException failure) {
    return new PageFetcher<>() {
      @Override
      public Page<T> fetch() {
        throw failure;
      }

      @Override
      public CompletableFuture<Page<T>> fetchAsync() {
        return CompletableFuture.failedFuture(failure);
      }
    };
  }

  /**
   * Fetches the page a link points to. Such a page has no request values to continue from, so the
   * offset fallback is off for it (offset -1): its own next link, or nothing, decides.
   */
  private <R, T> PageFetcher<T> linkFetcher(PageSpec<R, T> spec, PreparedRequest r) {
    return new PageFetcher<>() {
      @Override
      public Page<T> fetch() {
        checkOpen();
        return toPage(r, sender.send(r), spec, RequestValues.empty(), -1);
      }

      @Override
      public CompletableFuture<Page<T>> fetchAsync() {
        try {
          checkOpen();
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
        return callAsync(
            callerDone ->
                sender
                    .sendAsync(r, callerDone)
                    .thenApply(resp -> toPage(r, resp, spec, RequestValues.empty(), -1)));
      }

      @Override
      public URI target() {
        return r.uri();
      }
    };
  }

  private Optional<Set<String>> discoverScopes() {
    PreparedRequest r = requests.prepare(discoveryEndpoint(), RequestValues.empty());
    return scopesFrom(reader.readTree(r, sender.send(r)));
  }

  private CompletableFuture<Optional<Set<String>>> discoverScopesAsync() {
    PreparedRequest r;
    try {
      r = requests.prepare(discoveryEndpoint(), RequestValues.empty());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    // Shared by every call waiting for the scopes, so no single caller's cancellation stops it.
    return sender.sendAsync(r, () -> false).thenApply(resp -> scopesFrom(reader.readTree(r, resp)));
  }

  private Endpoint discoveryEndpoint() {
    String path = config.api().grantedScopesPath().orElseThrow();
    return Endpoint.builder("api.grantedScopes", "GET", path.startsWith("/") ? path : "/" + path)
        .auth(Endpoint.Auth.REQUIRED)
        .idempotent(true)
        .build();
  }

  /** The scope array at the descriptor's pointer; empty (unknown) if there is none. */
  private Optional<Set<String>> scopesFrom(JsonNode root) {
    JsonNode node = root.at(config.api().grantedScopesPointer().orElse(""));
    if (!node.isArray()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : node.values()) {
      if (n.isString()) {
        names.add(n.stringValue());
      }
    }
    return Optional.of(Collections.unmodifiableSet(new LinkedHashSet<>(names)));
  }
}
