package dev.krakencodegen.codegen.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of one spec and the name errors will use for it.
 *
 * @param displayPath the path as the user gave it, with {@code /} separators; never made
 *     absolute, so error messages and generated headers do not leak the machine's layout
 */
public record SpecSource(String displayPath, byte[] content) {

  private static final String BUNDLED_RESOURCE = "/dev/krakencodegen/codegen/bundled/kraken-v1.yaml";
  private static final String BUNDLED_NAME = "kraken-v1.yaml";

  /**
   * Reads a spec file. Reads at most one byte more than the loader accepts: a larger file is
   * rejected by the loader anyway, and this keeps a huge file from exhausting memory.
   */
  public static SpecSource read(Path file) throws IOException {
    String display = file.toString().replace(file.getFileSystem().getSeparator(), "/");
    try (InputStream in = Files.newInputStream(file)) {
      return new SpecSource(display, in.readNBytes(SpecLimits.MAX_BYTES + 1));
    }
  }

  /** The Kraken v1 spec bundled in the jar, the default input of the command-line tool. */
  public static SpecSource bundled() {
    try (InputStream in = SpecSource.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled spec " + BUNDLED_RESOURCE + " is missing from the jar");
      }
      return new SpecSource(BUNDLED_NAME, in.readNBytes(SpecLimits.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last segment of {@link #displayPath()}, e.g. {@code kraken-v1.yaml}. */
  public String fileName() {
    return displayPath.substring(displayPath.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecSource other
        && displayPath.equals(other.displayPath)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * displayPath.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return displayPath + " (" + content.length + " bytes)";
  }
}
