package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-spec corpus: every {@code broken-specs/NAME.yaml} must produce exactly the
 * diagnostics listed in {@code NAME.expected}, in order. Each line there is
 * {@code line:col code}, optionally followed by {@code | text} that the message must contain.
 */
class BrokenSpecsTest {
  private static final Path DIR = Path.of("src/test/resources/broken-specs");

  static Stream<String> specs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void producesExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path spec = DIR.resolve(name + ".yaml");
    List<String> expectedLines = expected(DIR.resolve(name + ".expected"));

    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(SpecSource.read(spec)));

    List<Diagnostic> diagnostics = e.diagnostics();
    List<String> actual = diagnostics.stream()
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.code())
        .toList();
    List<String> expectedPositions = expectedLines.stream().map(l -> l.split(" \\| ")[0].strip()).toList();
    assertEquals(expectedPositions, actual, () -> "diagnostics of " + name + ":\n" + e.getMessage());
    for (int i = 0; i < expectedLines.size(); i++) {
      String[] parts = expectedLines.get(i).split(" \\| ", 2);
      Diagnostic d = diagnostics.get(i);
      if (parts.length == 2) {
        assertTrue(d.message().contains(parts[1].strip()), () -> "message of " + d + " should contain " + parts[1]);
      }
      assertEquals("src/test/resources/broken-specs/" + name + ".yaml", d.location().path());
      assertTrue(d.format().startsWith(d.location() + ": error: "), d::format);
      assertFalse(d.message().isBlank());
      assertEquals(d.message().substring(0, 1).toLowerCase(java.util.Locale.ROOT), d.message().substring(0, 1),
          () -> "messages start lowercase: " + d.message());
    }
  }

  @Test
  void everySpecHasAnExpectationAndViceVersa() throws IOException {
    List<String> specs = specs().toList();
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> expectations = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected"))
          .map(n -> n.substring(0, n.length() - ".expected".length()))
          .sorted()
          .toList();
      assertEquals(specs, expectations);
    }
    assertTrue(specs.size() >= 20, "the corpus covers every error kind");
  }

  private static List<String> expected(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }
}
