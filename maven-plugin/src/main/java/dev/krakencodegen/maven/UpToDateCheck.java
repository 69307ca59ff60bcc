package dev.krakencodegen.maven;

import dev.krakencodegen.codegen.output.Manifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a generation can be skipped: the stored fingerprint equals the current one
 * and the generated files are still on disk exactly as the last run wrote them (so deleting
 * or editing a generated file, or the whole output directory, brings it back).
 */
final class UpToDateCheck {

  private UpToDateCheck() {}

  static boolean isUpToDate(FingerprintStore store, String fingerprint, Path outputDirectory)
      throws IOException {
    if (!store.read().equals(Optional.of(fingerprint))) {
      return false;
    }
    Optional<Manifest> manifest;
    try {
      manifest = Manifest.read(outputDirectory);
    } catch (IOException corrupt) {
      return false; // regenerating reports the problem properly
    }
    return manifest.isPresent() && manifest.get().matchesFilesIn(outputDirectory);
  }
}
