package dev.krakencodegen.codegen.cli;

/** The process exit codes of every {@code kraken-codegen} command. */
public final class ExitCodes {
  /** Success; also {@code --help} and {@code --version}. */
  public static final int OK = 0;

  /** The spec has errors; they were printed as {@code path:line:col: error: message}. */
  public static final int SPEC_ERRORS = 1;

  /** Bad command line: unknown option, missing or unreadable file. */
  public static final int USAGE = 2;

  /** A bug in kraken-codegen: a stack trace was printed. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
