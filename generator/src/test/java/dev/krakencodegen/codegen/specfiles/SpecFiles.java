package dev.krakencodegen.codegen.specfiles;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Finds the repository's spec files and the transcribed docs for the spec-file tests. */
final class SpecFiles {
  /** Where CI and the developers' machines keep the docs when no path is given. */
  private static final Path DEFAULT_DOCS = Path.of("/work/shared/kraken-docs");

  private SpecFiles() {}

  /** The generator module's directory (Surefire sets {@code basedir}; else the working dir). */
  static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath().normalize();
  }

  /** The repository's {@code spec/} directory. */
  static Path specDir() {
    Path dir = moduleDir().resolveSibling("spec");
    if (!Files.isDirectory(dir)) {
      fail("spec directory not found at " + dir);
    }
    return dir;
  }

  /** Every {@code *.yaml} file in {@code spec/}, sorted by name. */
  static List<Path> specYamlFiles() throws IOException {
    try (Stream<Path> files = Files.list(specDir())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /**
   * The Twitch docs the spec is transcribed from. The repository's clone sits beside
   * {@code shared/}, so they are at {@code <module>/../../shared/kraken-docs}; the system
   * property {@code kraken.docs} overrides that, and {@code /work/shared/kraken-docs} is
   * the fallback for worktrees that live elsewhere.
   */
  static Path docsDir() {
    List<Path> candidates = new ArrayList<>();
    String override = System.getProperty("kraken.docs");
    if (override != null && !override.isBlank()) {
      candidates.add(Path.of(override));
    }
    candidates.add(moduleDir().resolve("../../shared/kraken-docs").normalize());
    candidates.add(DEFAULT_DOCS);
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate.resolve("authentication.md"))
          && Files.isDirectory(candidate.resolve("resources"))) {
        return candidate;
      }
    }
    return fail(
        "the Kraken docs (kraken-docs/ with authentication.md and resources/) were not found;"
            + " looked in "
            + candidates
            + "; set -Dkraken.docs=<dir> to point at them");
  }

  /** The Kraken v1 spec as plain maps and lists. */
  static Map<String, Object> loadKrakenSpec() throws IOException {
    try (InputStream in = Files.newInputStream(specDir().resolve("kraken-v1.yaml"))) {
      return new Yaml().load(in);
    }
  }
}
