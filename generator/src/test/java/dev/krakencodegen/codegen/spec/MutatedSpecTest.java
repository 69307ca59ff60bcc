package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds the loader thousands of small random corruptions of a valid spec (fixed seed, so
 * runs are reproducible): each must load or fail with diagnostics, never with another
 * exception. This is where crashes on half-valid input show up.
 */
class MutatedSpecTest {
  private static final String[] SNIPPETS = {
    "", " ", "  ", ":", "- ", "{", "}", "[", "]", "null", "~", "1", "-1", "1.5", "true", "\"x\"", "'", "#",
    "list<", "map<User>", "Chanel", "x: y", "\n", "\t", "{}", "[]", "&a", "*a", "!t", "99999999999999999999",
  };

  @Test
  void randomCorruptionsNeverCrashTheLoader() throws IOException {
    String valid = Files.readString(Path.of("src/test/resources/valid/minimal.yaml"));
    Random random = new Random(20121003L);
    int failures = 0;
    for (int i = 0; i < 3000; i++) {
      String mutated = mutate(valid, random);
      SpecSource source = new SpecSource("mutated.yaml", mutated.getBytes(StandardCharsets.UTF_8));
      try {
        SpecLoader.load(source);
      } catch (SpecException e) {
        failures++;
        assertFalse(e.diagnostics().isEmpty());
        int lines = mutated.split("\n", -1).length;
        for (Diagnostic d : e.diagnostics()) {
          assertTrue(d.location().line() >= 1 && d.location().line() <= lines + 1, () -> d + "\n" + mutated);
          assertTrue(d.location().column() >= 1, d::toString);
        }
      } catch (RuntimeException | StackOverflowError e) {
        fail("mutation " + i + " crashed the loader:\n" + mutated, e);
      }
    }
    assertTrue(failures > 1000, "most corruptions are errors: " + failures);
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 -> {
          int pos = line.isEmpty() ? 0 : random.nextInt(line.length());
          String snippet = SNIPPETS[random.nextInt(SNIPPETS.length)];
          lines.set(at, line.substring(0, pos) + snippet + line.substring(pos));
        }
        case 3 -> {
          if (!line.isEmpty()) {
            int from = random.nextInt(line.length());
            int to = Math.min(line.length(), from + 1 + random.nextInt(8));
            lines.set(at, line.substring(0, from) + line.substring(to));
          }
        }
        default -> {
          int colon = line.indexOf(": ");
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + SNIPPETS[random.nextInt(SNIPPETS.length)]);
          }
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
