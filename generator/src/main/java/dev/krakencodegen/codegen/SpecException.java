package dev.krakencodegen.codegen;

import dev.krakencodegen.codegen.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** A spec could not be used; carries every diagnostic found, in report order. */
public final class SpecException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
