package dev.krakencodegen.maven;

import java.util.Collection;
import java.util.Optional;

/**
 * The generated client compiles against {@code dev.krakencodegen:kraken-runtime}; without it
 * the user would get a wall of "package does not exist" errors from the compiler. This check
 * turns that into one message that says what to add.
 */
final class RuntimeDependencyCheck {

  static final String GROUP_ID = "dev.krakencodegen";
  static final String ARTIFACT_ID = "kraken-runtime";

  /** A dependency as the check needs it; {@code scope} may be null (meaning compile). */
  record Coordinates(String groupId, String artifactId, String scope) {
    boolean isRuntime() {
      return GROUP_ID.equals(groupId) && ARTIFACT_ID.equals(artifactId);
    }
  }

  private RuntimeDependencyCheck() {}

  /**
   * Returns the message to fail with, or empty when the runtime is on the compile classpath.
   *
   * @param compileClasspath the project's collected compile-scope artifacts, transitive ones
   *     included (compile, provided and system scope)
   * @param declared the dependencies declared in the POM, any scope
   * @param version the runtime version to suggest (the generator's)
   */
  static Optional<String> problem(
      Collection<Coordinates> compileClasspath, Collection<Coordinates> declared, String version) {
    if (compileClasspath.stream().anyMatch(Coordinates::isRuntime)) {
      return Optional.empty();
    }
    String block =
        "\n    <dependency>\n"
            + "      <groupId>" + GROUP_ID + "</groupId>\n"
            + "      <artifactId>" + ARTIFACT_ID + "</artifactId>\n"
            + "      <version>" + version + "</version>\n"
            + "    </dependency>";
    Optional<String> wrongScope =
        declared.stream()
            .filter(Coordinates::isRuntime)
            .map(Coordinates::scope)
            .filter(scope -> scope != null)
            .findFirst();
    if (wrongScope.isPresent()) {
      return Optional.of(
          "kraken: the generated client needs " + GROUP_ID + ":" + ARTIFACT_ID
              + " at compile time, but it is declared with <scope>" + wrongScope.get()
              + "</scope>. Remove the scope (the default, compile, is right):" + block);
    }
    return Optional.of(
        "kraken: the generated client needs " + GROUP_ID + ":" + ARTIFACT_ID
            + " at compile time, and this project does not depend on it."
            + " Add it to <dependencies> in pom.xml:" + block);
  }
}
