package dev.krakencodegen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Refuses output directories where generating could damage the user's own files: the writer
 * deletes stale generated files there, and its output is compiled as a source root. Paths are
 * compared after resolving symbolic links, so a link cannot disguise a source folder.
 */
final class OutputDirectoryGuard {

  private OutputDirectoryGuard() {}

  /**
   * Returns why {@code outputDirectory} is unsafe, or empty when it is fine.
   *
   * @param baseDirectory the project's base directory
   * @param protectedDirectories the project's source roots and resource directories, without
   *     the roots this plugin added itself
   */
  static Optional<String> problem(
      Path outputDirectory, Path baseDirectory, Collection<Path> protectedDirectories)
      throws IOException {
    Path output = canonical(outputDirectory);
    Path base = canonical(baseDirectory);
    String shown = "the output directory " + display(output, base);
    if (base.startsWith(output)) {
      return Optional.of(
          shown
              + (output.equals(base)
                  ? " is the project's base directory"
                  : " is a parent of the project's base directory")
              + advice());
    }
    if (Files.exists(output.resolve("pom.xml"))) {
      return Optional.of(shown + " contains a pom.xml" + advice());
    }
    for (Path directory : protectedDirectories) {
      Path root = canonical(directory);
      if (root.startsWith(output)) {
        return Optional.of(
            shown
                + (root.equals(output) ? " is " : " contains ")
                + "the project's source or resource directory "
                + display(root, base)
                + advice());
      }
    }
    return Optional.empty();
  }

  private static String advice() {
    return "; generated files must go to a directory of their own, such as the default"
        + " ${project.build.directory}/generated-sources/kraken";
  }

  private static String display(Path path, Path base) {
    if (path.equals(base)) {
      return "'.'";
    }
    Path shown = path.startsWith(base) ? base.relativize(path) : path;
    return "'" + shown.toString().replace('\\', '/') + "'";
  }

  /**
   * Absolute, normalized, with symbolic links resolved for the part that exists (the output
   * directory usually does not exist yet on the first run).
   */
  static Path canonical(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
  }
}
