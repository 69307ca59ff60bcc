package dev.krakencodegen.codegen.output;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Syntax rules for the relative paths of generated files. A path that passes can only name
 * something below the output directory (symbolic links are checked separately, on disk, by
 * {@link ConfinedDirectory}).
 */
final class RelativePaths {

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private RelativePaths() {}

  /** Returns why {@code path} is unsafe, or {@code null} when it is a safe relative path. */
  static String problem(String path) {
    if (path.isEmpty()) {
      return "is empty";
    }
    if (path.indexOf('\0') >= 0) {
      return "contains a NUL character";
    }
    if (path.indexOf('\\') >= 0) {
      return "contains a backslash; use '/' as the separator";
    }
    if (path.startsWith("/")
        || WINDOWS_DRIVE.matcher(path).matches()
        || Path.of(path).isAbsolute()) {
      return "is absolute";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return "has an empty segment";
      }
      if (segment.equals(".") || segment.equals("..")) {
        return "contains a '" + segment + "' segment";
      }
    }
    return null;
  }
}
