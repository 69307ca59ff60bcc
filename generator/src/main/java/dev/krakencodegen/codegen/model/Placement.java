package dev.krakencodegen.codegen.model;

/** Where one value goes in a request: a header, a query parameter or a form field. */
public record Placement(ParamIn in, String name) {}
