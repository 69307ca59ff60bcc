package dev.krakencodegen.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waits between retries. Replaceable in tests so that they never really wait. */
interface Sleeper {
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public void sleep(Duration d) throws InterruptedException {
          Thread.sleep(d.toMillis());
        }

        @Override
        public CompletableFuture<Void> delay(Duration d) {
          return CompletableFuture.runAsync(
              () -> {}, CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS));
        }
      };

  void sleep(Duration d) throws InterruptedException;

  /** Completes after {@code d}, without blocking the caller. */
  CompletableFuture<Void> delay(Duration d);
}
