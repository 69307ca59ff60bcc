package dev.krakencodegen.runtime;

import java.util.concurrent.CompletableFuture;

/** Fetches the page after a {@link Page}. */
interface PageFetcher<T> {
  Page<T> fetch();

  CompletableFuture<Page<T>> fetchAsync();
}
