package dev.krakencodegen.codegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.cli.MainTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kraken-codegen generate}, in-process, against real folders. */
class GenerateCommandTest {
  private static final String VALID = "src/test/resources/valid/minimal.yaml";
  private static final String BROKEN = "src/test/resources/broken-specs/example-response.yaml";

  @TempDir Path temp;

  @Test
  void generatesTheBundledKrakenClientAndReportsWhatItDid() throws IOException {
    Path out = temp.resolve("src");
    Result r = MainTest.run("generate", "--out", out.toString());

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().matches("kraken-v1\\.yaml: 59 files in .+ \\(59 written, 0 unchanged, 0 deleted\\) in \\d+ ms\\R"),
        r.out());
    assertTrue(Files.isRegularFile(out.resolve("tv/twitch/kraken/KrakenClient.java")));
    assertEquals(59, javaFiles(out));
  }

  @Test
  void secondRunWritesNothingAndKeepsTimestamps() throws IOException {
    Path out = temp.resolve("src");
    MainTest.run("generate", "--spec", VALID, "--out", out.toString());
    Path client = out.resolve("test/demo/DemoClient.java");
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(client, before);

    Result r = MainTest.run("generate", "--spec", VALID, "--out", out.toString());

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("(0 written, "), r.out());
    assertEquals(before, Files.getLastModifiedTime(client));
  }

  @Test
  void packageOptionMovesTheClient() throws IOException {
    Path out = temp.resolve("src");
    Result r = MainTest.run("generate", "--spec", VALID, "--out", out.toString(), "--package", "com.example.demo");

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("com/example/demo/DemoClient.java")));
  }

  @Test
  void brokenSpecExitsOneAndWritesNothing() {
    Path out = temp.resolve("src");
    Result r = MainTest.run("generate", "--spec", BROKEN, "--out", out.toString());

    assertEquals(ExitCodes.SPEC_ERRORS, r.code());
    assertTrue(r.err().lines().findFirst().orElseThrow().matches("\\Q" + BROKEN + "\\E:\\d+:\\d+: error: .+"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCodes.USAGE, MainTest.run("generate").code(), "--out is required");
    Result badPackage = MainTest.run("generate", "--out", temp.toString(), "--package", "not.a.class.name");
    assertEquals(ExitCodes.USAGE, badPackage.code());
    assertTrue(badPackage.err().contains("invalid Java package name 'not.a.class.name'"), badPackage.err());
  }

  @Test
  void anOutputFolderThatIsAFileSaysWhatIsInTheWay() throws IOException {
    Path afile = Files.writeString(temp.resolve("afile"), "not a folder");
    Result r = MainTest.run("generate", "--spec", VALID, "--out", afile.toString());

    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("cannot write to " + afile + ": a file is in the way: "), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals("not a folder", Files.readString(afile));
  }

  @Test
  void aHandWrittenFileWhereTheClientGoesIsNotOverwritten() throws IOException {
    Path out = temp.resolve("src");
    Path client = out.resolve("test/demo/DemoClient.java");
    Files.createDirectories(client.getParent());
    Files.writeString(client, "// mine");

    Result r = MainTest.run("generate", "--spec", VALID, "--out", out.toString());

    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(
        r.err().contains("refusing to overwrite 'test/demo/DemoClient.java': it was not generated"
            + " by kraken-codegen"), r.err());
    assertEquals("// mine", Files.readString(client));
    assertEquals(1, javaFiles(out), "nothing else was written");
  }

  @Test
  void helpSuggestsASafeOutputFolder() {
    Result r = MainTest.run("generate", "--help");

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("target/generated-sources/kraken"), r.out());
    assertFalse(r.out().contains("src/main/java"), r.out());
  }

  @Test
  void theSummaryUsesAsciiDigitsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
    Result r;
    try {
      r = MainTest.run("generate", "--spec", VALID, "--out", temp.resolve("src").toString());
    } finally {
      Locale.setDefault(before);
    }

    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(
        r.out().matches("\\Q" + VALID + "\\E: \\d+ files in .+ \\(\\d+ written, 0 unchanged, 0 deleted\\)"
            + " in \\d+ ms\\R"), r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 128), r.out());
  }

  private static long javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).count();
    }
  }
}
