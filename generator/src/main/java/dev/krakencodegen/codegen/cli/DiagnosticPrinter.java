package dev.krakencodegen.codegen.cli;

import dev.krakencodegen.codegen.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics in the one user-facing format, then a count line. */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /** Prints {@code path:line:col: error: message} lines, then e.g. {@code 3 errors}. */
  public static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(d.format());
    }
    err.println(plural(diagnostics.size(), "error")); // every diagnostic is an error
    err.flush();
  }

  /** {@code 1 error}, {@code 2 errors}. */
  public static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
