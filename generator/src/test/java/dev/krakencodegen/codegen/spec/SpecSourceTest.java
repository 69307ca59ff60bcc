package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSourceTest {
  @Test
  void keepsThePathAsGivenWithSlashes() throws IOException {
    SpecSource source = SpecSource.read(Path.of("src", "test", "resources", "valid", "minimal.yaml"));
    assertEquals("src/test/resources/valid/minimal.yaml", source.displayPath());
    assertEquals("minimal.yaml", source.fileName());
    assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/valid/minimal.yaml")), source.content());
    assertFalse(source.displayPath().startsWith("/"));
  }

  @Test
  void fileNameOfABareName() {
    assertEquals("kraken-v1.yaml", new SpecSource("kraken-v1.yaml", new byte[0]).fileName());
  }

  @Test
  void readsAtMostOneByteMoreThanTheLimit(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[SpecLimits.MAX_BYTES + 1000]);
    assertEquals(SpecLimits.MAX_BYTES + 1, SpecSource.read(big).content().length);
  }

  @Test
  void missingFileIsAnIoException(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> SpecSource.read(dir.resolve("nope.yaml")));
  }

  @Test
  void equalityIsByContent() {
    assertEquals(new SpecSource("a.yaml", new byte[] {1, 2}), new SpecSource("a.yaml", new byte[] {1, 2}));
  }
}
