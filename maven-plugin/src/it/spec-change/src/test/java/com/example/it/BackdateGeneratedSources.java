package com.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not a test of this project: a step between the two builds (invoker.goals.2) that sets every
 * generated file's modification time to a fixed instant long ago, so verify.groovy can tell
 * exactly which files the second build rewrote. Runs only when selected with -Dtest.
 */
class BackdateGeneratedSources {

  static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @Test
  void backdateEveryGeneratedFile() throws IOException {
    Path out = Path.of("target/generated-sources/kraken");
    List<Path> files;
    try (Stream<Path> all = Files.walk(out)) {
      files = all.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 1, "the first build generated files: " + files);
    for (Path file : files) {
      Files.setLastModifiedTime(file, LONG_AGO);
      assertEquals(LONG_AGO, Files.getLastModifiedTime(file), file.toString());
    }
  }
}
