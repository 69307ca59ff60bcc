package dev.krakencodegen.codegen.diag;

import java.util.Locale;

/**
 * How bad a diagnostic is. Every diagnostic the loader reports is an error: a spec either
 * follows the format or it does not, and there is nothing it merely warns about.
 */
public enum Severity {
  ERROR;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
