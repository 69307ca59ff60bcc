package dev.krakencodegen.codegen.cli;

/**
 * The command line asks for something impossible (e.g. a spec file that does not exist).
 * {@link Main} prints the message, without a stack trace, and exits with {@link ExitCodes#USAGE}.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
