package dev.krakencodegen.codegen.cli;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.spec.SpecLoader;
import dev.krakencodegen.codegen.spec.SpecSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kraken-codegen validate}: loads a spec and reports every error, or a summary. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check a spec and report every error in it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the spec is valid",
      "1:the spec has errors",
      "2:usage error",
      "3:internal error"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Mixin SpecOption spec;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws UsageException {
    SpecSource source = spec.source();
    Api api;
    try {
      api = SpecLoader.load(source);
    } catch (SpecException e) {
      DiagnosticPrinter.print(e.diagnostics(), command.commandLine().getErr());
      return ExitCodes.SPEC_ERRORS;
    }
    command.commandLine().getOut().println(source.displayPath() + ": valid — " + summary(api));
    return ExitCodes.OK;
  }

  static String summary(Api api) {
    return String.join(", ",
        DiagnosticPrinter.plural(api.resources().size(), "resource"),
        DiagnosticPrinter.plural(api.operations().size(), "operation"),
        DiagnosticPrinter.plural(api.models().size(), "model"),
        DiagnosticPrinter.plural(api.scopes().size(), "scope"));
  }
}
