package dev.krakencodegen.codegen;

import dev.krakencodegen.codegen.spec.SpecSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Everything one generation needs; the CLI and the Maven mojo only build this.
 *
 * @param packageName overrides the spec's {@code api.javaPackage} when present
 */
public record GenerateRequest(SpecSource spec, Path outputDirectory, Optional<String> packageName) {

  private static final Pattern DOT = Pattern.compile("\\.");

  /** @throws IllegalArgumentException when the package override is not a Java package name */
  public GenerateRequest {
    packageName.ifPresent(name -> {
      if (!isPackageName(name)) {
        throw new IllegalArgumentException("invalid Java package name '" + name
            + "'; expected dot-separated identifiers such as 'com.example.twitch'");
      }
    });
  }

  private static boolean isPackageName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
      return false;
    }
    for (String part : DOT.split(name)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part, SourceVersion.RELEASE_17)) {
        return false;
      }
    }
    return true;
  }
}
