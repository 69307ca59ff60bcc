package dev.krakencodegen.codegen.model;

/** Where a parameter or credential travels. */
public enum ParamIn {
  PATH,
  QUERY,
  FORM,
  HEADER
}
