package dev.krakencodegen.codegen.cli;

import dev.krakencodegen.codegen.output.IoFailures;
import dev.krakencodegen.codegen.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --spec FILE} option every command that reads a spec shares; add it to a command
 * with {@code @Mixin SpecOption spec;}. Without it, the bundled Kraken v1 spec is used.
 */
public final class SpecOption {
  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "The spec to read. Default: the bundled Kraken v1 spec (kraken-v1.yaml).")
  Path file;

  /** The spec the user asked for; a missing or unreadable file is a usage error. */
  public SpecSource source() throws UsageException {
    if (file == null) {
      return SpecSource.bundled();
    }
    String shown = file.toString();
    if (!Files.exists(file)) {
      throw new UsageException("spec file not found: " + shown);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException("spec file is a directory: " + shown);
    }
    try {
      return SpecSource.read(file);
    } catch (IOException e) {
      throw new UsageException("cannot read spec file " + shown + ": " + IoFailures.describe(e));
    }
  }
}
