package dev.krakencodegen.codegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  @TempDir Path out;

  private static GeneratedFile file(String path, String text) {
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void thereIsNoManifestBeforeTheFirstRun() throws IOException {
    assertTrue(Manifest.read(out).isEmpty());
    assertTrue(Manifest.read(out.resolve("missing")).isEmpty());
  }

  @Test
  void readBackEqualsWhatWasWritten() throws IOException {
    List<GeneratedFile> files = List.of(file("A.java", "a"), file("dir with space/B.java", "b"));
    new OutputWriter(out).write(files);

    assertEquals(Manifest.of(files), Manifest.read(out).orElseThrow());
  }

  @Test
  void matchesFilesOnlyWhileNobodyEditsOrRemovesThem() throws IOException {
    new OutputWriter(out).write(List.of(file("A.java", "a"), file("p/B.java", "b")));
    Manifest manifest = Manifest.read(out).orElseThrow();
    assertTrue(manifest.matchesFilesIn(out));

    Files.writeString(out.resolve("Extra.java"), "user file");
    assertTrue(manifest.matchesFilesIn(out), "files the manifest does not list do not matter");

    Files.writeString(out.resolve("A.java"), "edited");
    assertFalse(manifest.matchesFilesIn(out));

    Files.writeString(out.resolve("A.java"), "a");
    Files.delete(out.resolve("p/B.java"));
    assertFalse(manifest.matchesFilesIn(out));
  }

  @Test
  void aManifestWithAnUnknownHeaderIsRefused() throws IOException {
    Files.writeString(out.resolve(Manifest.FILE_NAME), "something else\n");
    IOException error = assertThrows(IOException.class, () -> Manifest.read(out));
    assertTrue(error.getMessage().contains(":1: corrupt"), error.getMessage());
  }

  @Test
  void aManifestLineWithoutAHashIsRefused() throws IOException {
    new OutputWriter(out).write(List.of(file("A.java", "a")));
    Files.writeString(
        out.resolve(Manifest.FILE_NAME),
        Files.readString(out.resolve(Manifest.FILE_NAME)) + "A.java\n");
    IOException error = assertThrows(IOException.class, () -> Manifest.read(out));
    assertTrue(error.getMessage().contains(":3: corrupt"), error.getMessage());
  }
}
