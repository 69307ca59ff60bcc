package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import dev.krakencodegen.codegen.diag.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every pass so they can be reported together, in file order. */
final class Diagnostics {
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt((Diagnostic d) -> d.location().line())
          .thenComparingInt(d -> d.location().column());

  private final List<Diagnostic> list = new ArrayList<>();

  void error(String code, Location location, String message) {
    list.add(Diagnostic.error(code, location, message));
  }

  int count() {
    return list.size();
  }

  boolean hasErrors() {
    return !list.isEmpty();
  }

  /** Sorted by position; the sort is stable, so one node's errors keep the order found. */
  List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(list);
    copy.sort(BY_POSITION);
    return copy;
  }

  SpecException toException() {
    return new SpecException(sorted());
  }
}
