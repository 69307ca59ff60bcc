package dev.krakencodegen.codegen.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputWriterTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path temp;

  private Path out() {
    return temp.resolve("out");
  }

  private static GeneratedFile file(String path, String text) {
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private String read(String relativePath) throws IOException {
    return Files.readString(out().resolve(relativePath));
  }

  @Test
  void firstRunWritesEveryFileAndTheManifest() throws IOException {
    WriteResult result =
        new OutputWriter(out())
            .write(List.of(file("b/B.java", "class B {}"), file("A.java", "class A {}")));

    assertEquals(List.of("A.java", "b/B.java"), result.written());
    assertEquals(List.of(), result.unchanged());
    assertEquals(List.of(), result.deleted());
    assertEquals(2, result.generatedCount());
    assertEquals("class A {}", read("A.java"));
    assertEquals("class B {}", read("b/B.java"));
    Manifest manifest = Manifest.read(out()).orElseThrow();
    assertEquals(List.of("A.java", "b/B.java"), List.copyOf(manifest.hashes().keySet()));
    assertEquals(
        Manifest.sha256("class A {}".getBytes(StandardCharsets.UTF_8)),
        manifest.hashes().get("A.java"));
  }

  @Test
  void unchangedFilesAreNotRewrittenAndKeepTheirModificationTime() throws IOException {
    List<GeneratedFile> files =
        List.of(file("A.java", "class A {}"), file("p/B.java", "class B {}"));
    new OutputWriter(out()).write(files);
    Files.setLastModifiedTime(out().resolve("A.java"), LONG_AGO);
    Files.setLastModifiedTime(out().resolve("p/B.java"), LONG_AGO);
    Files.setLastModifiedTime(out().resolve(Manifest.FILE_NAME), LONG_AGO);

    WriteResult result = new OutputWriter(out()).write(files);

    assertEquals(List.of(), result.written());
    assertEquals(List.of("A.java", "p/B.java"), result.unchanged());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("A.java")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("p/B.java")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve(Manifest.FILE_NAME)));
  }

  @Test
  void onlyChangedFilesAreRewritten() throws IOException {
    new OutputWriter(out())
        .write(List.of(file("A.java", "class A {}"), file("B.java", "class B {}")));
    Files.setLastModifiedTime(out().resolve("A.java"), LONG_AGO);

    WriteResult result =
        new OutputWriter(out())
            .write(List.of(file("A.java", "class A {}"), file("B.java", "class B { int x; }")));

    assertEquals(List.of("B.java"), result.written());
    assertEquals(List.of("A.java"), result.unchanged());
    assertEquals("class B { int x; }", read("B.java"));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("A.java")));
  }

  @Test
  void aFileWithTheSameSizeButOtherBytesIsRewritten() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "aaaa")));
    WriteResult result = new OutputWriter(out()).write(List.of(file("A.java", "bbbb")));
    assertEquals(List.of("A.java"), result.written());
    assertEquals("bbbb", read("A.java"));
  }

  @Test
  void filesNoLongerGeneratedAreDeletedWithTheirEmptyDirectories() throws IOException {
    new OutputWriter(out())
        .write(
            List.of(
                file("p/A.java", "a"),
                file("p/model/old/Thing.java", "t"),
                file("p/model/X.java", "x")));

    WriteResult result =
        new OutputWriter(out())
            .write(List.of(file("p/A.java", "a"), file("p/model/Item.java", "i")));

    assertEquals(List.of("p/model/Item.java"), result.written());
    assertEquals(List.of("p/A.java"), result.unchanged());
    assertEquals(List.of("p/model/X.java", "p/model/old/Thing.java"), result.deleted());
    assertFalse(Files.exists(out().resolve("p/model/old")));
    assertFalse(Files.exists(out().resolve("p/model/X.java")));
    assertTrue(Files.isRegularFile(out().resolve("p/model/Item.java")));
    assertEquals(
        List.of("p/A.java", "p/model/Item.java"),
        List.copyOf(Manifest.read(out()).orElseThrow().hashes().keySet()));
  }

  @Test
  void generatingNothingDeletesEverythingButKeepsTheOutputDirectory() throws IOException {
    new OutputWriter(out()).write(List.of(file("p/q/A.java", "a")));

    WriteResult result = new OutputWriter(out()).write(List.of());

    assertEquals(List.of("p/q/A.java"), result.deleted());
    assertTrue(Files.isDirectory(out()));
    try (Stream<Path> entries = Files.list(out())) {
      assertEquals(List.of(out().resolve(Manifest.FILE_NAME)), entries.toList());
    }
  }

  @Test
  void userFilesInTheOutputDirectoryAreNeverDeleted() throws IOException {
    new OutputWriter(out()).write(List.of(file("p/A.java", "a")));
    Files.writeString(out().resolve("p/Mine.java"), "mine");
    Files.writeString(out().resolve("notes.txt"), "notes");

    WriteResult result = new OutputWriter(out()).write(List.of(file("q/B.java", "b")));

    assertEquals(List.of("p/A.java"), result.deleted());
    assertEquals("mine", read("p/Mine.java"));
    assertEquals("notes", read("notes.txt"));
  }

  @Test
  void aHandWrittenFileAtAGeneratedPathIsRefusedAndNothingIsTouched() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "a"), file("Stale.java", "s")));
    Files.createDirectories(out().resolve("p"));
    Files.writeString(out().resolve("p/Mine.java"), "mine");
    Files.setLastModifiedTime(out().resolve("A.java"), LONG_AGO);
    byte[] manifest = Files.readAllBytes(out().resolve(Manifest.FILE_NAME));

    OutputConflictException error =
        assertThrows(
            OutputConflictException.class,
            () ->
                new OutputWriter(out())
                    .write(
                        List.of(
                            file("A.java", "a2"), file("B.java", "b"), file("p/Mine.java", "gen"))));

    assertEquals(List.of("p/Mine.java"), error.paths());
    assertEquals(
        "refusing to overwrite 'p/Mine.java': it was not generated by kraken-codegen (not in"
            + " .kraken-codegen-manifest); move it or choose another output directory",
        error.getMessage());
    assertEquals("mine", read("p/Mine.java"));
    assertEquals("a", read("A.java"), "nothing is written before the check");
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("A.java")));
    assertFalse(Files.exists(out().resolve("B.java")));
    assertEquals("s", read("Stale.java"), "nothing is deleted either");
    assertArrayEquals(manifest, Files.readAllBytes(out().resolve(Manifest.FILE_NAME)));
  }

  @Test
  void everyConflictIsNamedAndAFolderWithoutManifestGetsNone() throws IOException {
    Files.createDirectories(out().resolve("q"));
    Files.writeString(out().resolve("Z.java"), "z");
    Files.writeString(out().resolve("q/Y.java"), "y");

    OutputConflictException error =
        assertThrows(
            OutputConflictException.class,
            () ->
                new OutputWriter(out())
                    .write(List.of(file("Z.java", "z2"), file("A.java", "a"), file("q/Y.java", "y2"))));

    assertEquals(List.of("Z.java", "q/Y.java"), error.paths());
    assertEquals(
        "refusing to overwrite 2 files not generated by kraken-codegen (not in"
            + " .kraken-codegen-manifest): 'Z.java', 'q/Y.java'; move them or choose another output"
            + " directory",
        error.getMessage());
    assertFalse(Files.exists(out().resolve("A.java")));
    assertFalse(Files.exists(out().resolve(Manifest.FILE_NAME)));
  }

  @Test
  void aLongListOfConflictsIsShortened() {
    List<String> paths = List.of("a", "b", "c", "d", "e", "f", "g");
    String message = new OutputConflictException(paths).getMessage();
    assertTrue(
        message.startsWith(
            "refusing to overwrite 7 files not generated by kraken-codegen (not in"
                + " .kraken-codegen-manifest): 'a', 'b', 'c', 'd', 'e' and 2 more;"),
        message);
  }

  @Test
  void aFileWithExactlyTheGeneratedBytesIsAdoptedWithoutAManifest() throws IOException {
    // A committed folder of generated sources whose manifest was lost regenerates fine.
    new OutputWriter(out()).write(List.of(file("A.java", "a"), file("p/B.java", "b")));
    Files.delete(out().resolve(Manifest.FILE_NAME));
    Files.setLastModifiedTime(out().resolve("A.java"), LONG_AGO);

    WriteResult result =
        new OutputWriter(out()).write(List.of(file("A.java", "a"), file("p/B.java", "b")));

    assertEquals(List.of("A.java", "p/B.java"), result.unchanged());
    assertEquals(List.of(), result.written());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("A.java")));
    assertEquals(
        List.of("A.java", "p/B.java"),
        List.copyOf(Manifest.read(out()).orElseThrow().hashes().keySet()));
  }

  @Test
  void aGeneratedFileTheUserEditedIsOverwritten() throws IOException {
    // Documented: generated files must not be edited; the manifest says the file is ours.
    new OutputWriter(out()).write(List.of(file("A.java", "a")));
    Files.writeString(out().resolve("A.java"), "edited");

    WriteResult result = new OutputWriter(out()).write(List.of(file("A.java", "a")));

    assertEquals(List.of("A.java"), result.written());
    assertEquals("a", read("A.java"));
  }

  @Test
  void aStaleFileTheUserAlreadyRemovedIsNotReportedAsDeleted() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "a"), file("B.java", "b")));
    Files.delete(out().resolve("B.java"));

    WriteResult result = new OutputWriter(out()).write(List.of(file("A.java", "a")));

    assertEquals(List.of(), result.deleted());
  }

  @Test
  void aGeneratedFileTheUserDeletedIsWrittenAgain() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "a")));
    Files.delete(out().resolve("A.java"));

    WriteResult result = new OutputWriter(out()).write(List.of(file("A.java", "a")));

    assertEquals(List.of("A.java"), result.written());
    assertEquals("a", read("A.java"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "/etc/passwd", "../Escape.java", "p/../../Escape.java", "p/./A.java", "p//A.java",
        "p/", "p\\A.java", "C:/x/A.java", ".kraken-codegen-manifest"
      })
  void unsafeOrReservedPathsAreRejectedBeforeAnythingIsWritten(String path) {
    List<GeneratedFile> files = List.of(file("A.java", "a"), file(path, "evil"));

    assertThrows(IllegalArgumentException.class, () -> new OutputWriter(out()).write(files));

    assertFalse(Files.exists(out()), "nothing may be created");
    assertFalse(Files.exists(temp.resolve("Escape.java")));
  }

  @Test
  void aPathGeneratedTwiceIsRejected() {
    List<GeneratedFile> files = List.of(file("A.java", "a"), file("A.java", "b"));
    assertThrows(IllegalArgumentException.class, () -> new OutputWriter(out()).write(files));
  }

  @Test
  void neverWritesThroughADirectoryLinkThatLeadsOutside() throws IOException {
    Path outside = Files.createDirectory(temp.resolve("outside"));
    Files.createDirectories(out());
    Files.createSymbolicLink(out().resolve("p"), outside);

    IOException error =
        assertThrows(
            IOException.class,
            () -> new OutputWriter(out()).write(List.of(file("p/sub/A.java", "a"))));

    assertTrue(error.getMessage().contains("symbolic link"), error.getMessage());
    try (Stream<Path> entries = Files.list(outside)) {
      assertEquals(List.of(), entries.toList(), "nothing may be created outside");
    }
  }

  @Test
  void aDirectoryLinkThatStaysInsideIsFollowed() throws IOException {
    Files.createDirectories(out().resolve("real"));
    Files.createSymbolicLink(out().resolve("p"), out().resolve("real"));

    new OutputWriter(out()).write(List.of(file("p/A.java", "a")));

    assertEquals("a", read("real/A.java"));
  }

  @Test
  void neverReplacesAFileLink() throws IOException {
    Path outsideFile = Files.writeString(temp.resolve("secret.txt"), "secret");
    Files.createDirectories(out());
    Files.createSymbolicLink(out().resolve("A.java"), outsideFile);

    assertThrows(
        IOException.class, () -> new OutputWriter(out()).write(List.of(file("A.java", "a"))));

    assertEquals("secret", Files.readString(outsideFile));
    assertTrue(Files.isSymbolicLink(out().resolve("A.java")));
  }

  @Test
  void neverDeletesThroughALinkThatLeadsOutside() throws IOException {
    new OutputWriter(out()).write(List.of(file("p/A.java", "a")));
    // The user swaps the generated directory for a link to a directory elsewhere that happens
    // to hold a file of the same name.
    Path outside = Files.createDirectory(temp.resolve("outside"));
    Files.writeString(outside.resolve("A.java"), "precious");
    Files.delete(out().resolve("p/A.java"));
    Files.delete(out().resolve("p"));
    Files.createSymbolicLink(out().resolve("p"), outside);

    WriteResult result = new OutputWriter(out()).write(List.of());

    assertEquals(List.of(), result.deleted());
    assertEquals("precious", Files.readString(outside.resolve("A.java")));
  }

  @Test
  void aManifestThatNamesAPathOutsideIsRefusedAndNothingIsDeleted() throws IOException {
    Path victim = Files.writeString(temp.resolve("Victim.java"), "keep me");
    new OutputWriter(out()).write(List.of(file("A.java", "a")));
    String tampered =
        Files.readString(out().resolve(Manifest.FILE_NAME))
            + Manifest.sha256(new byte[0])
            + "  ../Victim.java\n";
    Files.writeString(out().resolve(Manifest.FILE_NAME), tampered);

    IOException error =
        assertThrows(IOException.class, () -> new OutputWriter(out()).write(List.of()));

    assertTrue(error.getMessage().contains("corrupt kraken-codegen manifest"), error.getMessage());
    assertEquals("keep me", Files.readString(victim));
    assertEquals("a", read("A.java"));
  }

  @Test
  void theManifestIsWrittenOnlyAfterEveryFile() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "a")));
    byte[] before = Files.readAllBytes(out().resolve(Manifest.FILE_NAME));
    // A directory where the writer wants a file makes the run fail halfway.
    Files.createDirectories(out().resolve("Z.java/blocker"));

    assertThrows(
        IOException.class,
        () -> new OutputWriter(out()).write(List.of(file("B.java", "b"), file("Z.java", "z"))));

    assertArrayEquals(before, Files.readAllBytes(out().resolve(Manifest.FILE_NAME)));
    assertEquals("b", read("B.java"), "files before the failure were written");
    assertTrue(Files.isDirectory(out().resolve("Z.java/blocker")));
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    new OutputWriter(out()).write(List.of(file("A.java", "a"), file("p/B.java", "b")));
    new OutputWriter(out()).write(List.of(file("A.java", "a2"), file("p/B.java", "b2")));

    try (Stream<Path> all = Files.walk(out())) {
      assertEquals(
          List.of(".kraken-codegen-manifest", "A.java", "B.java"),
          all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theManifestIsDeterministic() throws IOException {
    Path other = temp.resolve("other");
    new OutputWriter(out()).write(List.of(file("b/B.java", "b"), file("A.java", "a")));
    new OutputWriter(other).write(List.of(file("A.java", "a"), file("b/B.java", "b")));

    byte[] manifest = Files.readAllBytes(out().resolve(Manifest.FILE_NAME));
    assertArrayEquals(manifest, Files.readAllBytes(other.resolve(Manifest.FILE_NAME)));
    String text = new String(manifest, StandardCharsets.UTF_8);
    assertFalse(text.contains(temp.toString()), "no absolute paths");
    assertEquals(
        "# kraken-codegen manifest v1: files generated into this directory. Do not edit.\n"
            + Manifest.sha256("a".getBytes(StandardCharsets.UTF_8))
            + "  A.java\n"
            + Manifest.sha256("b".getBytes(StandardCharsets.UTF_8))
            + "  b/B.java\n",
        text);
  }
}
