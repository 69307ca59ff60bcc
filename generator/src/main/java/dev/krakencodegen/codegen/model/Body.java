package dev.krakencodegen.codegen.model;

import java.util.Optional;

/** A JSON request body of model {@code model}, nested under {@code wrap} when present. */
public record Body(String model, Optional<String> wrap) {}
