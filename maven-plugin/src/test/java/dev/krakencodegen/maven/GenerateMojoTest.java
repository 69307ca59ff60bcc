package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GenerateMojoTest {

  @Test
  void pathsAreShownRelativeToTheProjectWithSlashes() {
    Path base = Path.of("/work/project");
    assertEquals(
        "src/main/kraken/api.yaml",
        GenerateMojo.display(base, base.resolve("src/main/kraken/api.yaml")));
    assertEquals(
        "../shared/api.yaml", GenerateMojo.display(base, Path.of("/work/shared/api.yaml")));
  }

  @Test
  void ioFailuresSayWhatWentWrong() {
    assertEquals(
        "permission denied: /x/y", GenerateMojo.describe(new AccessDeniedException("/x/y")));
    assertEquals(
        "/x/y: Read-only file system",
        GenerateMojo.describe(new FileSystemException("/x/y", null, "Read-only file system")));
    assertEquals("IOException", GenerateMojo.describe(new IOException()));
  }
}
