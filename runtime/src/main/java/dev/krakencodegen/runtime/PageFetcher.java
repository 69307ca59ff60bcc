package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Fetches the page after a {@link Page}. */
interface PageFetcher<T> {
  Page<T> fetch();

  CompletableFuture<Page<T>> fetchAsync();

  /**
   * The URL this fetcher will request, when it follows a link the server sent; null otherwise. The
   * auto-pager uses it to stop when a server links back to a page it already served.
   */
  default @Nullable URI target() {
    return null;
  }
}
