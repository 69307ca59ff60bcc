package dev.krakencodegen.codegen.spec;

/** Hard limits on spec input, so hostile files cannot exhaust memory or the stack. */
final class SpecLimits {
  /** The largest spec accepted, in bytes (FORMAT.md: "at most 4 MiB"). */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting of mappings and sequences accepted (FORMAT.md: "at most 64"). */
  static final int MAX_DEPTH = 64;

  /**
   * The longest line accepted, in characters. SnakeYAML's reader copies its window while it
   * scans one token, which is quadratic in the token's length: a 4 MiB one-line scalar takes
   * seconds. No hand-written spec line comes near this limit.
   */
  static final int MAX_LINE_LENGTH = 256 * 1024;

  private SpecLimits() {}
}
