package dev.krakencodegen.codegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process, with captured streams. */
class MainTest {
  private static final String VALID = "src/test/resources/valid/minimal.yaml";
  private static final String BROKEN = "src/test/resources/broken-specs/example-response.yaml";

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Charset charset = Charset.defaultCharset();
    int code = Main.run(args, new PrintStream(out, true, charset), new PrintStream(err, true, charset));
    return new Result(code, out.toString(charset), err.toString(charset));
  }

  private static void assertNoStackTrace(Result r) {
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void validSpecPrintsASummaryAndExitsZero() {
    Result r = run("validate", "--spec", VALID);
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(VALID + ": valid — 2 resources, 8 operations, 8 models, 2 scopes", r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void brokenSpecPrintsEveryErrorAndACountAndExitsOne() {
    Result r = run("validate", "--spec", BROKEN);
    assertEquals(ExitCodes.SPEC_ERRORS, r.code());
    assertEquals("", r.out());
    List<String> lines = r.errLines();
    assertEquals("14 errors", lines.get(lines.size() - 1));
    assertEquals(15, lines.size());
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(line.matches("\\Q" + BROKEN + "\\E:\\d+:\\d+: error: .+"), line);
    }
    assertTrue(lines.get(2).startsWith(BROKEN + ":33:15: error: unknown field 'nmae'"), lines.get(2));
    assertNoStackTrace(r);
  }

  @Test
  void oneErrorIsSingular() {
    Result r = run("validate", "--spec", "src/test/resources/broken-specs/broken-indentation.yaml");
    assertEquals(ExitCodes.SPEC_ERRORS, r.code());
    assertEquals(List.of(
        "src/test/resources/broken-specs/broken-indentation.yaml:8:8: error: invalid yaml: expected <block end>, "
            + "but found '<block mapping start>' (while parsing a block mapping); check the indentation",
        "1 error"), r.errLines());
    assertNoStackTrace(r);
  }

  @Test
  void hostileSpecIsAnOrdinarySpecError() {
    Result r = run("validate", "--spec", "src/test/resources/broken-specs/java-tag.yaml");
    assertEquals(ExitCodes.SPEC_ERRORS, r.code());
    assertTrue(r.err().contains("java-tag.yaml:2:6: error: tags are not allowed"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void missingSpecFileIsAUsageError() {
    Result r = run("validate", "--spec", "no/such/spec.yaml");
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals("kraken-codegen: error: spec file not found: " + Path.of("no/such/spec.yaml"), r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void directoryAsSpecIsAUsageError(@TempDir Path dir) {
    Result r = run("validate", "--spec", dir.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("spec file is a directory"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void specThatCannotBeOpenedIsAUsageError(@TempDir Path dir) throws IOException {
    // A socket file exists and is not a directory, yet opening it fails (ENXIO) for every
    // user, root included, unlike a file without read permission.
    Path socket = dir.resolve("spec.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Result r = run("validate", "--spec", socket.toString());
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertTrue(r.err().startsWith("kraken-codegen: error: cannot read spec file " + socket + ": "), r.err());
      assertEquals("", r.out());
      assertNoStackTrace(r);
    }
  }

  @Test
  void unknownOptionIsAUsageErrorWithASuggestion() {
    Result r = run("validate", "--spc", VALID);
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--spc"), r.err());
    assertTrue(r.err().contains("--spec"), r.err());
    assertTrue(r.err().contains("kraken-codegen validate --help"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result r = run("valdate");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("valdate"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void noCommandIsAUsageErrorThatListsTheCommands() {
    Result r = run();
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("missing command"), r.err());
    assertTrue(r.err().contains("validate"), r.err());
  }

  @Test
  void helpAndVersionOnEveryCommand() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"validate", "--help"})) {
      Result r = run(args);
      assertEquals(ExitCodes.OK, r.code());
      assertTrue(r.out().startsWith("Usage: kraken-codegen"), r.out());
    }
    assertTrue(run("validate", "-h").out().contains("--spec=FILE"));
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"validate", "-V"})) {
      Result r = run(args);
      assertEquals(ExitCodes.OK, r.code());
      assertEquals("kraken-codegen " + Version.current(), r.out().strip());
    }
  }

  /** A command with a bug, to see how unexpected exceptions are reported. */
  @picocli.CommandLine.Command(name = "broken")
  static final class BrokenCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void internalErrorsPrintAStackTraceAndExitThree() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cmd = Main.configure(new picocli.CommandLine(new BrokenCommand()),
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
    assertEquals(ExitCodes.INTERNAL, cmd.execute());
    assertTrue(err.toString().startsWith("kraken-codegen: internal error"), err.toString());
    assertTrue(err.toString().contains("java.lang.IllegalStateException: a bug"), err.toString());
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  /** A command that fails with an Error, which picocli does not hand to the exception handler. */
  @picocli.CommandLine.Command(name = "erring")
  static final class ErringCommand implements java.util.concurrent.Callable<Integer> {
    private final Error error;

    ErringCommand(Error error) {
      this.error = error;
    }

    @Override
    public Integer call() {
      throw error;
    }
  }

  @Test
  void errorsLikeOutOfMemoryAreInternalErrorsNotSpecErrors() {
    for (Error error : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cmd = Main.configure(new picocli.CommandLine(new ErringCommand(error)),
          new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
      assertEquals(ExitCodes.INTERNAL, Main.execute(cmd, new String[0]), err::toString);
      assertTrue(err.toString().startsWith("kraken-codegen: internal error"), err.toString());
      assertTrue(err.toString().contains(error.getClass().getName()), err.toString());
      assertTrue(err.toString().contains("\tat "), err.toString());
    }
  }

  @Test
  void versionIsTheGeneratorVersion() {
    assertEquals(dev.krakencodegen.codegen.Codegen.VERSION, Version.current());
  }

  @Test
  void versionComesFromTheBuild() {
    String version = Version.current();
    assertFalse(version.contains("${"), version);
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
  }

  @Test
  void validateWithoutSpecUsesTheBundledSpec() {
    Result r = run("validate");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().matches("kraken-v1\\.yaml: valid — \\d+ resources, \\d+ operations, \\d+ models, \\d+ scopes\\R"),
        r.out());
  }
}
