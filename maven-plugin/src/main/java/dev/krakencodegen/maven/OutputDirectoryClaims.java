package dev.krakencodegen.maven;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which plugin execution generates into which output directory, during one build of one
 * project. Two executions that share a directory (say two specs, both with the default
 * {@code outputDirectory}) would each delete the other's files as stale on every build and
 * regenerate forever, so the second one is refused.
 *
 * <p>The mojo keeps one instance in the project's context values. The same execution may claim
 * its directory again: Maven runs an execution twice when a goal forks the lifecycle (e.g.
 * {@code source:jar}).
 */
final class OutputDirectoryClaims {

  /** Directory (absolute, normalized) to the id of the execution that generates into it. */
  private final ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();

  /**
   * Records that {@code executionId} generates into {@code directory}; when another execution
   * already does, records nothing and returns that execution's id.
   */
  Optional<String> claim(Path directory, String executionId) {
    String key = directory.toAbsolutePath().normalize().toString();
    String owner = claims.putIfAbsent(key, executionId);
    return owner == null || owner.equals(executionId) ? Optional.empty() : Optional.of(owner);
  }

  /** The message for two executions sharing {@code shownDirectory}. */
  static String conflict(String first, String second, String shownDirectory) {
    return "kraken: executions '"
        + first
        + "' and '"
        + second
        + "' both generate into "
        + shownDirectory
        + ", so each would delete the other's files on every build; give each execution its own"
        + " <outputDirectory>";
  }
}
