package dev.krakencodegen.codegen.model;

/** The HTTP methods a spec may use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE
}
