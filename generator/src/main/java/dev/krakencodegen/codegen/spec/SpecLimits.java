package dev.krakencodegen.codegen.spec;

/** Hard limits on spec input, so hostile files cannot exhaust memory or the stack. */
final class SpecLimits {
  /** The largest spec accepted, in bytes (FORMAT.md: "at most 4 MiB"). */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting of mappings and sequences accepted (FORMAT.md: "at most 64"). */
  static final int MAX_DEPTH = 64;

  private SpecLimits() {}
}
