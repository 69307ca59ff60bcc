package dev.krakencodegen.codegen.diag;

/** A place in a spec file: the path as the user named it, 1-based line and column. */
public record Location(String path, int line, int column) {
  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
