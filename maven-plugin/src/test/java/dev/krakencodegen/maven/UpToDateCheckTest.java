package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.output.GeneratedFile;
import dev.krakencodegen.codegen.output.Manifest;
import dev.krakencodegen.codegen.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateCheckTest {

  private static final String FINGERPRINT = "a".repeat(64);

  @TempDir Path temp;
  private Path out;
  private FingerprintStore store;

  @BeforeEach
  void generateOnce() throws IOException {
    out = temp.resolve("target/generated-sources/kraken");
    store = new FingerprintStore(temp.resolve("target/kraken-codegen"), out);
    new OutputWriter(out)
        .write(
            List.of(
                new GeneratedFile("p/A.java", "class A {}".getBytes(StandardCharsets.UTF_8)),
                new GeneratedFile("p/B.java", "class B {}".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void withoutAStoredFingerprintItIsNotUpToDate() throws IOException {
    assertEquals(Optional.empty(), store.read());
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void theSameFingerprintAndUntouchedFilesAreUpToDate() throws IOException {
    store.save(FINGERPRINT);
    assertEquals(Optional.of(FINGERPRINT), store.read());
    assertTrue(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void anotherFingerprintIsNotUpToDate() throws IOException {
    store.save(FINGERPRINT);
    assertFalse(UpToDateCheck.isUpToDate(store, "b".repeat(64), out));
  }

  @Test
  void anInvalidatedFingerprintIsNotUpToDate() throws IOException {
    store.save(FINGERPRINT);
    store.invalidate();
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void anEditedGeneratedFileForcesRegeneration() throws IOException {
    store.save(FINGERPRINT);
    Files.writeString(out.resolve("p/A.java"), "class A { /* edited */ }");
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void aDeletedGeneratedFileForcesRegeneration() throws IOException {
    store.save(FINGERPRINT);
    Files.delete(out.resolve("p/B.java"));
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void aDeletedManifestOrOutputDirectoryForcesRegeneration() throws IOException {
    store.save(FINGERPRINT);
    Files.delete(out.resolve(Manifest.FILE_NAME));
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));

    try (Stream<Path> files = Files.walk(out)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void aCorruptManifestForcesRegenerationInsteadOfFailingTheCheck() throws IOException {
    store.save(FINGERPRINT);
    Files.writeString(out.resolve(Manifest.FILE_NAME), "garbage\n");
    assertFalse(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void aUserFileInTheOutputDirectoryDoesNotMatter() throws IOException {
    store.save(FINGERPRINT);
    Files.writeString(out.resolve("p/Mine.java"), "class Mine {}");
    assertTrue(UpToDateCheck.isUpToDate(store, FINGERPRINT, out));
  }

  @Test
  void eachOutputDirectoryHasItsOwnFingerprintFile() throws IOException {
    Path state = temp.resolve("target/kraken-codegen");
    FingerprintStore other = new FingerprintStore(state, temp.resolve("target/other"));
    assertNotEquals(store.file(), other.file());
    assertEquals(store.file(), new FingerprintStore(state, out.resolve("x/..")).file());

    store.save(FINGERPRINT);
    assertEquals(Optional.empty(), other.read());
    try (Stream<Path> files = Files.list(state)) {
      assertEquals(List.of(store.file()), files.toList(), "no temporary files left behind");
    }
  }
}
