package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputDirectoryClaimsTest {

  private final Path base = Path.of("/work/project").toAbsolutePath();
  private final OutputDirectoryClaims claims = new OutputDirectoryClaims();

  @Test
  void theFirstExecutionGetsTheDirectory() {
    assertEquals(Optional.empty(), claims.claim(base.resolve("target/gen"), "things"));
  }

  @Test
  void theSameExecutionMayClaimItAgain() {
    claims.claim(base.resolve("target/gen"), "things");
    assertEquals(Optional.empty(), claims.claim(base.resolve("target/gen"), "things"));
  }

  @Test
  void anotherExecutionIsToldWhoHasIt() {
    claims.claim(base.resolve("target/gen"), "things");

    assertEquals(Optional.of("things"), claims.claim(base.resolve("target/gen"), "gadgets"));
    assertEquals(
        Optional.of("things"),
        claims.claim(base.resolve("target/gen"), "gadgets"),
        "the refused execution did not take the directory over");
  }

  @Test
  void theSameDirectorySpelledDifferentlyIsStillTheSame() {
    claims.claim(base.resolve("target/gen"), "things");
    assertEquals(
        Optional.of("things"), claims.claim(base.resolve("target/other/../gen/."), "gadgets"));
  }

  @Test
  void differentDirectoriesDoNotConflict() {
    claims.claim(base.resolve("target/gen/things"), "things");
    assertEquals(Optional.empty(), claims.claim(base.resolve("target/gen/gadgets"), "gadgets"));
  }

  @Test
  void theMessageNamesBothExecutionsAndTheFix() {
    assertEquals(
        "kraken: executions 'things' and 'gadgets' both generate into"
            + " target/generated-sources/kraken, so each would delete the other's files on every"
            + " build; give each execution its own <outputDirectory>",
        OutputDirectoryClaims.conflict("things", "gadgets", "target/generated-sources/kraken"));
  }
}
