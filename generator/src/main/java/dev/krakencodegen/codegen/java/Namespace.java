package dev.krakencodegen.codegen.java;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names already taken in one Java scope (a package's classes, a class's members, an
 * enum's constants). {@link #claim} hands out the candidate, or the candidate with the lowest
 * free number appended, so collisions resolve deterministically in declaration order.
 * Class names compare case-insensitively: they become file names, and not every file system
 * tells {@code FooBar.java} from {@code Foobar.java}.
 */
final class Namespace {

  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  private Namespace(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  static Namespace ofMembers(String... reserved) {
    Namespace namespace = new Namespace(false);
    for (String name : reserved) {
      namespace.taken.add(name);
    }
    return namespace;
  }

  static Namespace ofClasses() {
    return new Namespace(true);
  }

  /** Whether {@code name} is free, without claiming it. */
  boolean isFree(String name) {
    return !taken.contains(key(name));
  }

  /**
   * Claims {@code candidate}, or {@code candidate2}, {@code candidate3}… whichever is free first,
   * together with the names derived from it by {@code suffixes} (e.g. {@code list} with
   * {@code listAsync}).
   */
  String claim(String candidate, String... suffixes) {
    String name = candidate;
    for (int n = 2; !allFree(name, suffixes); n++) {
      name = candidate + n;
    }
    taken.add(key(name));
    for (String suffix : suffixes) {
      taken.add(key(name + suffix));
    }
    return name;
  }

  private boolean allFree(String name, String... suffixes) {
    if (!isFree(name)) {
      return false;
    }
    for (String suffix : suffixes) {
      if (!isFree(name + suffix)) {
        return false;
      }
    }
    return true;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
