package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.HttpMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An operation's {@code http} value, {@code METHOD /path/{param}}, split and checked.
 *
 * @param pathParams the {@code {names}} of the template, in order
 */
record HttpLine(HttpMethod method, String path, List<String> pathParams) {

  /** Parses the line, or reports {@code invalid-value} and returns {@code null}. */
  static HttpLine parse(Located<String> http, Diagnostics diagnostics) {
    String value = http.value();
    int space = value.indexOf(' ');
    if (space < 0) {
      return fail(http, diagnostics, "expected 'METHOD /path'");
    }
    String methodText = value.substring(0, space);
    String path = value.substring(space + 1);
    List<String> methods = Arrays.stream(HttpMethod.values()).map(Enum::name).toList();
    if (!methods.contains(methodText)) {
      return fail(http, diagnostics, "unknown method '" + methodText + "', expected one of "
          + String.join(", ", methods) + NameSuggester.hint(methodText, methods));
    }
    if (!path.startsWith("/")) {
      return fail(http, diagnostics, "the path must start with '/'");
    }
    if (!path.matches("[^\\s?#]*")) {
      return fail(http, diagnostics, "the path must not contain spaces, '?' or '#'");
    }
    if (path.length() > 1 && path.endsWith("/")) {
      return fail(http, diagnostics, "the path must not end with '/' (only the root path is '/')");
    }
    List<String> params = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '}') {
        return fail(http, diagnostics, "unbalanced '}' in the path");
      }
      if (c != '{') {
        i++;
        continue;
      }
      int close = path.indexOf('}', i);
      if (close < 0) {
        return fail(http, diagnostics, "unbalanced '{' in the path");
      }
      String name = path.substring(i + 1, close);
      if (!Names.WIRE.matches(name)) {
        return fail(http, diagnostics, "invalid path parameter '{" + name + "}'; names are "
            + Names.WIRE.description());
      }
      if (!seen.add(name)) {
        return fail(http, diagnostics, "path parameter '{" + name + "}' appears twice");
      }
      params.add(name);
      i = close + 1;
    }
    return new HttpLine(HttpMethod.valueOf(methodText), path, List.copyOf(params));
  }

  private static HttpLine fail(Located<String> http, Diagnostics diagnostics, String why) {
    diagnostics.error("invalid-value", http.location(), "invalid http '" + http.value() + "': " + why);
    return null;
  }
}
