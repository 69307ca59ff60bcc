package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorIdentityTest {

  @TempDir Path temp;

  @Test
  void aReleaseIsNamedByItsVersionAlone() throws IOException {
    Path jar = Files.write(temp.resolve("g.jar"), new byte[] {1, 2, 3});
    assertEquals("1.2.0", GeneratorIdentity.of("1.2.0", jar));
  }

  @Test
  void aRebuiltSnapshotJarChangesTheIdentity() throws IOException {
    Path jar = Files.write(temp.resolve("g.jar"), new byte[] {1, 2, 3});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    String before = GeneratorIdentity.of("1.3.0-SNAPSHOT", jar);
    assertTrue(before.startsWith("1.3.0-SNAPSHOT "), before);
    assertEquals(before, GeneratorIdentity.of("1.3.0-SNAPSHOT", jar));

    Files.write(jar, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_001_000L));
    assertNotEquals(before, GeneratorIdentity.of("1.3.0-SNAPSHOT", jar));
  }

  @Test
  void aSnapshotWithoutAJarFallsBackToItsVersion() {
    assertEquals("1.3.0-SNAPSHOT", GeneratorIdentity.of("1.3.0-SNAPSHOT", null));
    assertEquals(
        "1.3.0-SNAPSHOT", GeneratorIdentity.of("1.3.0-SNAPSHOT", temp.resolve("missing.jar")));
  }
}
