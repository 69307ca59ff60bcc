package dev.krakencodegen.maven;

import dev.krakencodegen.codegen.Codegen;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Names the generator that runs, for the fingerprint. A release is named by its version. A
 * SNAPSHOT's code changes without its version changing, so it is also named by the size and
 * modification time of the generator's jar: rebuilding the generator regenerates the client.
 */
final class GeneratorIdentity {

  private GeneratorIdentity() {}

  static String current() {
    return of(Codegen.VERSION, jarOf(Codegen.class));
  }

  static String of(String version, Path generatorJar) {
    if (!version.endsWith("-SNAPSHOT") || generatorJar == null) {
      return version;
    }
    try {
      return version
          + " "
          + Files.size(generatorJar)
          + " "
          + Files.getLastModifiedTime(generatorJar).toMillis();
    } catch (IOException e) {
      return version; // e.g. classes in a directory during tests; the version is all we know
    }
  }

  private static Path jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
