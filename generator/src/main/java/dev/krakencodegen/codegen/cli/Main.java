package dev.krakencodegen.codegen.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kraken-codegen} executable. Exit codes are in {@link ExitCodes}: user errors print
 * a message without a stack trace; anything unexpected is a bug and prints the stack trace
 * (exit 3), so it can be reported.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code = configure(new CommandLine(new KrakenCodegenCommand()), outWriter, errWriter).execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Sets the streams and the error handling that give every command the same exit codes. */
  static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      if (e instanceof UsageException) {
        cmd.getErr().println("kraken-codegen: error: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      cmd.getErr().println("kraken-codegen: internal error; please report it with this trace:");
      e.printStackTrace(cmd.getErr());
      return ExitCodes.INTERNAL;
    });
    return commandLine;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("kraken-codegen: error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }
}
