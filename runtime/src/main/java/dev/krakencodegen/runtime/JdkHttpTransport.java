package dev.krakencodegen.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default {@link Transport}, over {@link java.net.http.HttpClient}. Redirects are not followed:
 * a redirect to another host would otherwise carry the access token there.
 */
public final class JdkHttpTransport implements Transport {
  private final HttpClient client;

  /** A transport with its own HttpClient using the given connect timeout. */
  public JdkHttpTransport(Duration connectTimeout) {
    this(
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /**
   * A transport over a caller-configured HttpClient.
   *
   * @throws IllegalArgumentException if the client follows redirects ({@code followRedirects()} is
   *     not {@link HttpClient.Redirect#NEVER}): a redirect could carry the access token to another
   *     host
   */
  public JdkHttpTransport(HttpClient client) {
    Objects.requireNonNull(client, "client");
    if (client.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "the HttpClient follows redirects ("
              + client.followRedirects()
              + "); build it with followRedirects(HttpClient.Redirect.NEVER), because a redirect"
              + " could carry the access token to another host");
    }
    this.client = client;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    return toResponse(client.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray()));
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    HttpRequest httpRequest;
    try {
      httpRequest = toHttpRequest(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return client
        .sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(JdkHttpTransport::toResponse);
  }

  private static HttpRequest toHttpRequest(TransportRequest r) {
    HttpRequest.BodyPublisher body =
        r.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(r.body());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(r.uri()).timeout(r.timeout()).method(r.method(), body);
    for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    return b.build();
  }

  private static TransportResponse toResponse(HttpResponse<byte[]> r) {
    // HttpClient reports a ":status" pseudo header on HTTP/2; it is not a real header.
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(r.headers().map());
    headers.remove(":status");
    return new TransportResponse(r.statusCode(), headers, r.body());
  }

  @Override
  public String toString() {
    return "JdkHttpTransport";
  }
}
