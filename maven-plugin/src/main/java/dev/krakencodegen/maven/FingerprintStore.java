package dev.krakencodegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps the fingerprint of the last successful generation into one output directory, in
 * {@code <stateDirectory>/<hash of the output directory>.fingerprint}. One file per output
 * directory, so several executions (or modules) never share one; it lives in the build
 * directory, so {@code mvn clean} forgets it.
 */
final class FingerprintStore {

  private final Path file;

  FingerprintStore(Path stateDirectory, Path outputDirectory) {
    String key = outputDirectory.toAbsolutePath().normalize().toString();
    String name =
        HexFormat.of()
            .formatHex(Fingerprint.sha256().digest(key.getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);
    this.file = stateDirectory.resolve(name + ".fingerprint");
  }

  Path file() {
    return file;
  }

  Optional<String> read() throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Forgets the stored fingerprint; done before generating, so a failed run is never "up to
   * date".
   */
  void invalidate() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Stores the fingerprint of a generation that just succeeded (temp file + rename). */
  void save(String fingerprint) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, fingerprint + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
