package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Set;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a page and all pages after it. Lazy: a page is fetched only when the items before it
 * have been consumed. Each iteration starts again at the first page (which is kept) and fetches
 * later pages again. Stops at an empty page, a page without a next link, a next link to a URL
 * already fetched in this iteration (a server repeating its next link would otherwise be asked
 * forever), or {@link #maxItems(long)}.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;
  private final long maxItems;

  AutoPager(Page<T> first, long maxItems) {
    this.first = first;
    this.maxItems = maxItems;
  }

  /** A pager that stops after {@code maxItems} items (fetching no page beyond them). */
  public AutoPager<T> maxItems(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative: " + maxItems);
    }
    return new AutoPager<>(first, maxItems);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page = first;
      private int index;
      private long returned;
      private final Set<URI> fetched = new HashSet<>();

      {
        URI firstUri = first.uri();
        if (firstUri != null) {
          fetched.add(firstUri);
        }
      }

      @Override
      public boolean hasNext() {
        if (returned >= maxItems) {
          return false;
        }
        while (index >= page.items().size()) {
          if (!page.hasNext()) {
            return false;
          }
          URI target = page.nextTarget();
          if (target != null && !fetched.add(target)) {
            RetryingSender.LOG.log(
                System.Logger.Level.DEBUG,
                "stopping: the next link repeats a page already fetched in this walk");
            return false;
          }
          page = page.next();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        returned++;
        return page.items().get(index++);
      }
    };
  }

  /**
   * Walks the same items without blocking a thread: each following page is fetched with {@link
   * Page#nextAsync()} once the items before it were handed to {@code action}, which runs on the
   * thread that completed the page. Same stopping rules as {@link #iterator()}.
   *
   * @return a future that completes when the walk ends, or fails with the first error (from a
   *     request or from {@code action}); later pages are then not fetched
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Set<URI> fetched = new HashSet<>();
    URI firstUri = first.uri();
    if (firstUri != null) {
      fetched.add(firstUri);
    }
    return CompletableFuture.completedFuture(first)
        .thenCompose(page -> walk(page, action, fetched, new long[] {0}));
  }

  private CompletableFuture<Void> walk(Page<T> page, Consumer<? super T> action, Set<URI> fetched, long[] returned) {
    for (T item : page.items()) {
      if (returned[0] >= maxItems) {
        return CompletableFuture.completedFuture(null);
      }
      action.accept(item);
      returned[0]++;
    }
    if (returned[0] >= maxItems || !page.hasNext()) {
      return CompletableFuture.completedFuture(null);
    }
    URI target = page.nextTarget();
    if (target != null && !fetched.add(target)) {
      return CompletableFuture.completedFuture(null);
    }
    return page.nextAsync().thenCompose(next -> walk(next, action, fetched, returned));
  }

  /** A sequential, lazy stream of the items. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
