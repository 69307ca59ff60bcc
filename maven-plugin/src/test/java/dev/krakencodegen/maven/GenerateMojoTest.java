package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

  /** The generator's spec size limit (SpecLimits.MAX_BYTES, not visible from here). */
  private static final int MAX_SPEC_BYTES = 4 * 1024 * 1024;

  @TempDir Path temp;

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
  void aSpecIsReadWhole() throws Exception {
    Path spec = Files.writeString(temp.resolve("api.yaml"), "kraken-spec: 1\n");
    assertArrayEquals(
        "kraken-spec: 1\n".getBytes(StandardCharsets.UTF_8),
        GenerateMojo.readSpec(spec, "api.yaml"));
  }

  @Test
  void aHugeSpecIsReadOnlyJustPastTheLimit() throws Exception {
    Path spec = temp.resolve("huge.yaml");
    Files.write(spec, new byte[MAX_SPEC_BYTES + 1024 * 1024]);

    assertEquals(MAX_SPEC_BYTES + 1, GenerateMojo.readSpec(spec, "huge.yaml").length);
  }

  @Test
  void aMissingSpecIsNamedAsTheUserSeesIt() {
    MojoExecutionException error =
        assertThrows(
            MojoExecutionException.class,
            () -> GenerateMojo.readSpec(temp.resolve("nope.yaml"), "src/main/kraken/nope.yaml"));
    assertEquals("kraken: spec file not found: src/main/kraken/nope.yaml", error.getMessage());
  }

  @Test
  void anUnreadableSpecSaysWhy() throws IOException {
    Path directory = Files.createDirectory(temp.resolve("dir.yaml"));
    MojoExecutionException error =
        assertThrows(
            MojoExecutionException.class, () -> GenerateMojo.readSpec(directory, "dir.yaml"));
    assertTrue(
        error.getMessage().startsWith("kraken: cannot read spec dir.yaml: "), error.getMessage());
  }
}
