package dev.krakencodegen.codegen.diag;

/**
 * One problem found in a spec. Diagnostics are data: tests assert on {@link #code()} and
 * {@link #location()}, users read {@link #format()}.
 *
 * @param code stable machine-readable identifier, e.g. {@code unknown-model}
 */
public record Diagnostic(String code, Severity severity, Location location, String message) {

  public static Diagnostic error(String code, Location location, String message) {
    return new Diagnostic(code, Severity.ERROR, location, message);
  }

  /** The one user-facing format: {@code path:line:col: error: message}. */
  public String format() {
    return location + ": " + severity.label() + ": " + message;
  }

  @Override
  public String toString() {
    return format() + " [" + code + "]";
  }
}
