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
    int code;
    try {
      code = run(args, System.out, System.err);
    } catch (Throwable t) { // e.g. while picocli builds the command model: still a bug, exit 3
      code = internalError(t, new PrintWriter(System.err, true));
    }
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code = execute(configure(new CommandLine(new KrakenCodegenCommand()), outWriter, errWriter), args);
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
      return internalError(e, cmd.getErr());
    });
    return commandLine;
  }

  /**
   * Executes a configured command line. The execution handler above sees only Exceptions:
   * picocli lets Errors (OutOfMemoryError, StackOverflowError) through, and they are bugs too,
   * not spec errors, so they are caught here and get the same trace and exit code.
   */
  static int execute(CommandLine commandLine, String[] args) {
    try {
      return commandLine.execute(args);
    } catch (Throwable t) {
      return internalError(t, commandLine.getErr());
    }
  }

  private static int internalError(Throwable t, PrintWriter err) {
    err.println("kraken-codegen: internal error; please report it with this trace:");
    t.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL;
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
