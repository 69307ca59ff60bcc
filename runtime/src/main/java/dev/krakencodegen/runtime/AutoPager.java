package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Set;
import java.util.Spliterators;
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

  /** A sequential, lazy stream of the items. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
