package dev.krakencodegen.codegen.model;

/** Whether an operation needs, accepts or ignores the access token. */
public enum AuthMode {
  NONE,
  OPTIONAL,
  REQUIRED
}
