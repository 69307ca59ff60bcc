package dev.krakencodegen.codegen.cli;

import dev.krakencodegen.codegen.Codegen;
import dev.krakencodegen.codegen.GenerateRequest;
import dev.krakencodegen.codegen.GenerateResult;
import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.output.IoFailures;
import dev.krakencodegen.codegen.output.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kraken-codegen generate}: writes the typed Java client of a spec into a folder. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Generate the typed Java client of a spec.",
      "Files whose bytes did not change are left alone; files generated earlier that are no "
          + "longer produced are deleted; nothing outside the output folder is touched."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:generated",
      "1:the spec has errors (nothing was written)",
      "2:usage error",
      "3:internal error"
    })
public final class GenerateCommand implements Callable<Integer> {
  @Mixin SpecOption spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to generate into, e.g. target/generated-sources/kraken. "
          + "Files already there that kraken-codegen did not generate are never overwritten.")
  Path out;

  @Option(names = "--package", paramLabel = "NAME",
      description = "The Java package of the client. Default: the spec's api.javaPackage.")
  String packageName;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws UsageException {
    long start = System.nanoTime();
    GenerateRequest request;
    try {
      request = new GenerateRequest(spec.source(), out, Optional.ofNullable(packageName));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    GenerateResult result;
    try {
      result = Codegen.generate(request);
    } catch (SpecException e) {
      DiagnosticPrinter.print(e.diagnostics(), command.commandLine().getErr());
      return ExitCodes.SPEC_ERRORS;
    } catch (IOException e) {
      throw new UsageException("cannot write to " + out + ": " + IoFailures.describe(e));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    WriteResult files = result.files();
    command.commandLine().getOut().printf(Locale.ROOT, "%s: %d files in %s (%d written, %d unchanged, %d deleted) in %d ms%n",
        request.spec().displayPath(), files.generatedCount(), out, files.written().size(),
        files.unchanged().size(), files.deleted().size(), millis);
    return ExitCodes.OK;
  }
}
