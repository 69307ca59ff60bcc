package dev.krakencodegen.codegen.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/** Pure string rules that turn wire names into legal, idiomatic Java identifiers. */
final class JavaIdentifiers {

  /** java.lang's public types (see the resource for why the list is fixed). */
  private static final Set<String> JAVA_LANG_TYPES = readJavaLangTypes();

  private JavaIdentifiers() {}

  /** Whether a simple name would be shadowed by, or shadow, a type that every Java file imports. */
  static boolean isJavaLangType(String simpleName) {
    return JAVA_LANG_TYPES.contains(simpleName);
  }

  private static Set<String> readJavaLangTypes() {
    try (InputStream in = JavaIdentifiers.class.getResourceAsStream("java-lang-types.txt")) {
      if (in == null) {
        throw new IllegalStateException("java-lang-types.txt missing from the generator jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code display_name} → {@code displayName}; {@code _links} → {@code links}; {@code 1080p} → {@code _1080p}. */
  static String lowerCamel(String wire) {
    String camel = camel(wire, false);
    return legal(camel.isEmpty() ? "value" : camel);
  }

  /** {@code channels} → {@code Channels}; {@code search_games} → {@code SearchGames}. */
  static String upperCamel(String wire) {
    String camel = camel(wire, true);
    return legal(camel.isEmpty() ? "Value" : camel);
  }

  /** {@code authorization_code} → {@code AUTHORIZATION_CODE}; {@code displayName} → {@code DISPLAY_NAME}. */
  static String upperSnake(String wire) {
    StringBuilder out = new StringBuilder();
    char previous = '_';
    for (char c : wire.toCharArray()) {
      if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
      previous = c;
    }
    String snake = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    return legal(snake.isEmpty() ? "VALUE" : snake);
  }

  private static String camel(String wire, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = upperFirst;
    for (char c : wire.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upperNext = out.length() > 0 || upperFirst;
        continue;
      }
      if (out.length() == 0) {
        out.append(upperFirst ? Character.toUpperCase(c) : Character.toLowerCase(c));
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
      }
      upperNext = false;
    }
    return out.toString();
  }

  private static String legal(String name) {
    String result = name;
    if (!Character.isJavaIdentifierStart(result.charAt(0))) {
      result = "_" + result;
    }
    if (SourceVersion.isKeyword(result, SourceVersion.RELEASE_17) || result.equals("_")) {
      result = result + "_";
    }
    return result;
  }
}
