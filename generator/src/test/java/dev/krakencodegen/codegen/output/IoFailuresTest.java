package dev.krakencodegen.codegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoFailuresTest {

  @TempDir Path temp;

  @Test
  void exceptionsThatCarryOnlyAPathGetTheirKindNamed() {
    assertEquals("permission denied: /x/y", IoFailures.describe(new AccessDeniedException("/x/y")));
    assertEquals(
        "no such file or directory: /x/y", IoFailures.describe(new NoSuchFileException("/x/y")));
    assertEquals(
        "a file is in the way: /x/y", IoFailures.describe(new FileAlreadyExistsException("/x/y")));
    assertEquals("not a directory: /x/y", IoFailures.describe(new NotDirectoryException("/x/y")));
    assertEquals(
        "directory not empty: /x/y", IoFailures.describe(new DirectoryNotEmptyException("/x/y")));
  }

  @Test
  void messagesThatAlreadySayWhatHappenedAreKept() {
    assertEquals(
        "/x/y: Read-only file system",
        IoFailures.describe(new FileSystemException("/x/y", null, "Read-only file system")));
    assertEquals("disk full", IoFailures.describe(new IOException("disk full")));
    assertEquals("IOException", IoFailures.describe(new IOException()));
    OutputConflictException conflict = new OutputConflictException(List.of("A.java"));
    assertEquals(conflict.getMessage(), IoFailures.describe(conflict));
  }

  @Test
  void anOutputDirectoryThatIsAFileIsAFileInTheWay() throws IOException {
    Path afile = Files.writeString(temp.resolve("afile"), "x");

    IOException error =
        assertThrows(
            IOException.class, () -> new OutputWriter(afile).write(List.of()));

    assertEquals("a file is in the way: " + afile, IoFailures.describe(error));
  }
}
