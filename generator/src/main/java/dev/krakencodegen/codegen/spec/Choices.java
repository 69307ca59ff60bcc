package dev.krakencodegen.codegen.spec;

import java.util.List;

/** Checks a value against a fixed set of keywords ({@code in}, {@code auth}, {@code style}…). */
final class Choices {
  private Choices() {}

  /** Returns the value when allowed; otherwise reports {@code invalid-value} with a suggestion. */
  static String choose(Located<String> value, List<String> allowed, String what, Diagnostics diagnostics) {
    if (allowed.contains(value.value())) {
      return value.value();
    }
    diagnostics.error("invalid-value", value.location(), "invalid value '" + value.value() + "' for " + what
        + "; expected one of " + String.join(", ", allowed) + NameSuggester.hint(value.value(), allowed));
    return null;
  }
}
