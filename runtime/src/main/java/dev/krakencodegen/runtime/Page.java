package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged listing. {@link #next()} fetches the following page; {@link #autoPager()}
 * walks all items lazily. A page whose listing was empty is the last one.
 *
 * <p>Null entries (a JSON {@code null} in the listing's array) are dropped from {@link #items()}:
 * they carry nothing, and an unmodifiable list without them is safe to stream and copy. They still
 * count as received for paging, so a page of only nulls is not mistaken for the end.
 */
public final class Page<T> {
  private final List<T> items;
  private final boolean received;
  private final @Nullable PageFetcher<T> next;
  private final @Nullable URI uri;

  Page(List<? extends @Nullable T> items, @Nullable PageFetcher<T> next, @Nullable URI uri) {
    Objects.requireNonNull(items, "items");
    this.items = List.copyOf(items.stream().filter(Objects::nonNull).toList());
    this.received = !items.isEmpty();
    this.next = next;
    this.uri = uri;
  }

  /** A single, last page: handy for tests and stubs. Null items are dropped. */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null, null);
  }

  /** This page's items. */
  public List<T> items() {
    return items;
  }

  /**
   * Whether another page may follow: there is a next link (or offset) and the server's listing on
   * this page was not empty.
   */
  public boolean hasNext() {
    return next != null && received;
  }

  /** The URL this page was fetched from, if known. */
  @Nullable URI uri() {
    return uri;
  }

  /** The URL of the next page, if it will be fetched by following a link; else null. */
  @Nullable URI nextTarget() {
    return hasNext() ? Objects.requireNonNull(next).target() : null;
  }

  /**
   * Fetches the next page.
   *
   * @throws NoSuchElementException if {@link #hasNext()} is false
   */
  public Page<T> next() {
    return fetcher().fetch();
  }

  /** Fetches the next page asynchronously; fails with NoSuchElementException if there is none. */
  public CompletableFuture<Page<T>> nextAsync() {
    if (!hasNext()) {
      return CompletableFuture.failedFuture(new NoSuchElementException("no next page"));
    }
    return fetcher().fetchAsync();
  }

  /** Iterates over this page's items and those of every following page, fetching lazily. */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this, Long.MAX_VALUE);
  }

  private PageFetcher<T> fetcher() {
    if (!hasNext()) {
      throw new NoSuchElementException("no next page");
    }
    return Objects.requireNonNull(next);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (hasNext() ? ", more" : ", last") + "]";
  }
}
