package dev.krakencodegen.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record, kept in the output directory, of the files the last generation wrote there and
 * their SHA-256 hashes. It lets the next run delete files it no longer produces (and only
 * those: a file the manifest does not list is never deleted) and lets front ends see whether
 * someone edited or removed generated files.
 *
 * <p>Its content is deterministic: a header line, then {@code <sha256>  <path>} lines sorted by
 * path, LF endings, no timestamps.
 */
public final class Manifest {

  /** The manifest's file name inside the output directory. */
  public static final String FILE_NAME = ".kraken-codegen-manifest";

  private static final String HEADER =
      "# kraken-codegen manifest v1: files generated into this directory. Do not edit.";
  private static final int HASH_LENGTH = 64;

  private final SortedMap<String, String> hashes;

  private Manifest(SortedMap<String, String> hashes) {
    this.hashes = Collections.unmodifiableSortedMap(hashes);
  }

  /** The manifest describing {@code files}. */
  public static Manifest of(List<GeneratedFile> files) {
    SortedMap<String, String> hashes = new TreeMap<>();
    for (GeneratedFile file : files) {
      hashes.put(file.relativePath(), sha256(file.content()));
    }
    return new Manifest(hashes);
  }

  /**
   * Reads the manifest of {@code outputDirectory}; empty when there is none (first run, or
   * the directory does not exist).
   *
   * @throws IOException when it cannot be read or is not a valid manifest
   */
  public static Optional<Manifest> read(Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(parse(lines, file));
  }

  private static Manifest parse(List<String> lines, Path file) throws IOException {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw corrupt(file, 1, "unexpected header");
    }
    SortedMap<String, String> hashes = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() < HASH_LENGTH + 3 || !line.startsWith("  ", HASH_LENGTH)) {
        throw corrupt(file, i + 1, "expected '<sha256>  <path>'");
      }
      String hash = line.substring(0, HASH_LENGTH);
      String path = line.substring(HASH_LENGTH + 2);
      if (!hash.matches("[0-9a-f]{64}")) {
        throw corrupt(file, i + 1, "invalid hash");
      }
      String problem = RelativePaths.problem(path);
      if (problem != null) {
        throw corrupt(file, i + 1, "unsafe path '" + path + "': " + problem);
      }
      hashes.put(path, hash);
    }
    return new Manifest(hashes);
  }

  private static IOException corrupt(Path file, int line, String why) {
    return new IOException(
        file + ":" + line + ": corrupt kraken-codegen manifest (" + why + "); delete the file"
            + " and the generated files it listed, then generate again");
  }

  /** Relative path to lowercase hex SHA-256 of the file's bytes, sorted by path. */
  public Map<String, String> hashes() {
    return hashes;
  }

  /**
   * Whether every file this manifest lists is present in {@code outputDirectory} as a regular
   * file with the recorded bytes, i.e. nobody removed or edited generated output.
   */
  public boolean matchesFilesIn(Path outputDirectory) throws IOException {
    for (Map.Entry<String, String> entry : hashes.entrySet()) {
      Path file = outputDirectory.resolve(entry.getKey());
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      if (!sha256(Files.readAllBytes(file)).equals(entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The manifest's file content. */
  public byte[] toBytes() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Manifest other && hashes.equals(other.hashes);
  }

  @Override
  public int hashCode() {
    return hashes.hashCode();
  }

  @Override
  public String toString() {
    return "Manifest" + hashes.keySet();
  }
}
