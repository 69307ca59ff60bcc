package dev.krakencodegen.codegen.model;

/** How a list parameter is joined into one value. */
public enum ListStyle {
  COMMA(","),
  SPACE(" ");

  private final String separator;

  ListStyle(String separator) {
    this.separator = separator;
  }

  public String separator() {
    return separator;
  }
}
