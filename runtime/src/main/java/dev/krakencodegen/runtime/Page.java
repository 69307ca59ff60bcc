package dev.krakencodegen.runtime;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged listing. {@link #next()} fetches the following page; {@link #autoPager()}
 * walks all items lazily. A page with no items is the last one.
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable PageFetcher<T> next;

  Page(List<T> items, @Nullable PageFetcher<T> next) {
    this.items = List.copyOf(items);
    this.next = next;
  }

  /** A single, last page: handy for tests and stubs. */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null);
  }

  /** This page's items. */
  public List<T> items() {
    return items;
  }

  /** Whether another page may follow: there is a next link (or offset) and this page had items. */
  public boolean hasNext() {
    return next != null && !items.isEmpty();
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
