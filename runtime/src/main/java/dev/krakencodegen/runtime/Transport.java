package dev.krakencodegen.runtime;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request. The default is {@link JdkHttpTransport}; another transport can be plugged
 * in with {@link ClientBuilder#transport(Transport)}. A transport does not retry, follow redirects
 * or interpret statuses: the client does.
 *
 * <p>Timeouts are reported as {@link java.net.http.HttpTimeoutException}; other failures to get a
 * response as other {@link IOException}s (for {@link #sendAsync}, as the failed future's cause).
 */
public interface Transport {
  TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

  CompletableFuture<TransportResponse> sendAsync(TransportRequest request);
}
