package dev.krakencodegen.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits it is asked for and returns at once. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration d) {
    waits.add(d);
  }

  @Override
  public CompletableFuture<Void> delay(Duration d) {
    waits.add(d);
    return CompletableFuture.completedFuture(null);
  }
}
