package dev.krakencodegen.codegen.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The output directory as a boundary: every path it hands out lies inside it, also when a
 * directory on the way is a symbolic link. Callers pass relative paths that already passed
 * {@link RelativePaths}.
 */
final class ConfinedDirectory {

  private final Path root;

  private ConfinedDirectory(Path realRoot) {
    this.root = realRoot;
  }

  /** Creates the directory when missing; the boundary is its real path. */
  static ConfinedDirectory create(Path directory) throws IOException {
    Files.createDirectories(directory);
    return new ConfinedDirectory(directory.toRealPath());
  }

  Path root() {
    return root;
  }

  /** The file's path below the root, without touching the disk. */
  Path resolve(String relativePath) {
    Path resolved = root.resolve(relativePath).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw new IllegalArgumentException("path '" + relativePath + "' leaves the output directory");
    }
    return resolved;
  }

  /**
   * Makes sure the parent directories of {@code relativePath} exist inside the root and
   * returns the file's path. Directories are created one level at a time, after checking the
   * level above, so a symbolic link to elsewhere is refused before anything is created
   * through it.
   */
  Path prepareFile(String relativePath) throws IOException {
    Path file = resolve(relativePath);
    Path parent = file.getParent();
    Iterable<Path> segments = parent.equals(root) ? List.of() : root.relativize(parent);
    Path directory = root;
    for (Path segment : segments) {
      directory = directory.resolve(segment);
      if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
        requireInside(directory, relativePath);
        if (!Files.isDirectory(directory)) {
          throw new IOException(
              "cannot write "
                  + relativePath
                  + ": "
                  + root.relativize(directory)
                  + " is not a directory");
        }
      } else {
        Files.createDirectory(directory);
      }
    }
    if (Files.isSymbolicLink(file)) {
      throw new IOException("refusing to write " + relativePath + ": it is a symbolic link");
    }
    return file;
  }

  /**
   * The file's path when it and every directory above it (up to the root) really lie inside
   * the root and it is a regular file, not a link; empty otherwise.
   */
  Optional<Path> existingRegularFile(String relativePath) throws IOException {
    Path file = resolve(relativePath);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!file.getParent().toRealPath().startsWith(root)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /**
   * Removes {@code directory} and its ancestors while they are empty, real directories
   * (not links) strictly inside the root. The root itself is never removed.
   */
  void removeEmptyDirectories(Path directory) throws IOException {
    Path current = directory;
    while (current != null
        && current.startsWith(root)
        && !current.equals(root)
        && Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)
        && current.toRealPath().startsWith(root)
        && isEmpty(current)) {
      Files.delete(current);
      current = current.getParent();
    }
  }

  private void requireInside(Path directory, String relativePath) throws IOException {
    if (!directory.toRealPath().startsWith(root)) {
      throw new IOException(
          "refusing to write "
              + relativePath
              + ": "
              + root.relativize(directory)
              + " is a symbolic link that leads outside the output directory");
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      return !entries.iterator().hasNext();
    }
  }
}
