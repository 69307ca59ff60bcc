package dev.krakencodegen.codegen;

import dev.krakencodegen.codegen.spec.SpecSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one generation needs; the CLI and the Maven mojo only build this.
 *
 * @param packageName overrides the spec's {@code api.javaPackage} when present
 */
public record GenerateRequest(SpecSource spec, Path outputDirectory, Optional<String> packageName) {}
