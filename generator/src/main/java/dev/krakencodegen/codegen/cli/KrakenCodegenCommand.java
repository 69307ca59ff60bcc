package dev.krakencodegen.codegen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code kraken-codegen} command. A new subcommand is one class (a
 * {@code Callable<Integer>} annotated with {@code @Command(mixinStandardHelpOptions = true,
 * versionProvider = Version.class)}, reading the spec through {@code @Mixin SpecOption}) plus
 * one entry in {@code subcommands} below.
 */
@Command(
    name = "kraken-codegen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns a Kraken API spec into a typed Java client and its docs.",
    subcommands = {
      ValidateCommand.class,
      GenerateCommand.class,
    })
public final class KrakenCodegenCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    command.commandLine().getErr().println("kraken-codegen: error: missing command");
    command.commandLine().usage(command.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
