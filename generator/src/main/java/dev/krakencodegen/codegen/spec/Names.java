package dev.krakencodegen.codegen.spec;

import java.util.Set;
import java.util.regex.Pattern;

/** The naming rules of FORMAT.md, checked in one place. */
final class Names {
  /** Models, enums and {@code api.name}. */
  static final Rule TYPE = new Rule(Pattern.compile("[A-Z][A-Za-z0-9]*"), "UpperCamelCase ([A-Z][A-Za-z0-9]*)");

  /** Resources, operations and scopes. */
  static final Rule MEMBER =
      new Rule(Pattern.compile("[a-z][A-Za-z0-9_]*"), "lower_snake_case or lowerCamelCase ([a-z][A-Za-z0-9_]*)");

  /** Field, parameter and header names: wire names as the API spells them, without brackets. */
  static final Rule WIRE =
      new Rule(Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*"), "a wire name ([A-Za-z_][A-Za-z0-9_-]*)");

  private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Set<String> JAVA_RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "_");

  private Names() {}

  /** A name pattern and how messages describe it. */
  record Rule(Pattern pattern, String description) {
    boolean matches(String name) {
      return pattern.matcher(name).matches();
    }

    /** Reports {@code invalid-name} unless the name matches; {@code what} is e.g. "model". */
    boolean check(Located<String> name, String what, Diagnostics diagnostics) {
      if (name == null || matches(name.value())) {
        return true;
      }
      diagnostics.error("invalid-name", name.location(),
          "invalid " + what + " name '" + name.value() + "'; " + what + " names are " + description);
      return false;
    }
  }

  /** Whether {@code name} is a valid Java package name such as {@code tv.twitch.kraken}. */
  static boolean isJavaPackage(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!JAVA_IDENTIFIER.matcher(part).matches() || JAVA_RESERVED.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
