package dev.krakencodegen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fails a call before anything is sent when the token is known to lack a required scope. The
 * token's scopes are known when configured, or once discovered (at most one successful discovery
 * per client; a failed one is tried again on the next call). Unknown scopes mean no check.
 */
final class ScopeGuard {
  private final @Nullable Set<String> configured;
  private final boolean discover;
  private final Supplier<Optional<Set<String>>> discoverSync;
  private final Supplier<CompletableFuture<Optional<Set<String>>>> discoverAsync;
  private final AtomicReference<@Nullable CompletableFuture<Optional<Set<String>>>> discovery =
      new AtomicReference<>();

  ScopeGuard(
      @Nullable Set<String> configured,
      boolean discover,
      Supplier<Optional<Set<String>>> discoverSync,
      Supplier<CompletableFuture<Optional<Set<String>>>> discoverAsync) {
    this.configured = configured;
    this.discover = discover;
    this.discoverSync = discoverSync;
    this.discoverAsync = discoverAsync;
  }

  void check(Endpoint e) {
    if (!e.scopes().isEmpty()) {
      verify(e, join(known(false)));
    }
  }

  CompletableFuture<Void> checkAsync(Endpoint e) {
    if (e.scopes().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return known(true).thenAccept(granted -> verify(e, granted));
  }

  /** The token's scopes if known, discovering them (blocking) if so configured. */
  Optional<Set<String>> granted() {
    return join(known(false));
  }

  private CompletableFuture<Optional<Set<String>>> known(boolean async) {
    if (configured != null) {
      return CompletableFuture.completedFuture(Optional.of(configured));
    }
    if (!discover) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    CompletableFuture<Optional<Set<String>>> existing = discovery.get();
    if (existing != null) {
      return existing;
    }
    CompletableFuture<Optional<Set<String>>> mine = new CompletableFuture<>();
    if (!discovery.compareAndSet(null, mine)) {
      return discovery.get();
    }
    CompletableFuture<Optional<Set<String>>> source;
    if (async) {
      source = discoverAsync.get();
    } else {
      try {
        source = CompletableFuture.completedFuture(discoverSync.get());
      } catch (RuntimeException ex) {
        source = CompletableFuture.failedFuture(ex);
      }
    }
    source.whenComplete(
        (scopes, error) -> {
          if (error != null) {
            discovery.compareAndSet(mine, null);
            mine.completeExceptionally(RetryingSender.unwrap(error));
          } else {
            mine.complete(scopes);
          }
        });
    return mine;
  }

  private static void verify(Endpoint e, Optional<Set<String>> granted) {
    if (granted.isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String s : e.scopes()) {
      if (!granted.get().contains(s)) {
        missing.add(s);
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingScopeException(e.id(), missing, granted.get());
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (RuntimeException e) {
      Throwable cause = RetryingSender.unwrap(e);
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }
}
