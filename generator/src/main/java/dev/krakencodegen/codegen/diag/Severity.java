package dev.krakencodegen.codegen.diag;

/** How bad a diagnostic is; only errors make a spec invalid. */
public enum Severity {
  ERROR,
  WARNING;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
