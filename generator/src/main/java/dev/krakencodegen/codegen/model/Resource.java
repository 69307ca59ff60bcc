package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;
import java.util.Optional;

/** A group of operations, e.g. {@code channels}. */
public record Resource(
    String name,
    Optional<String> description,
    Optional<String> docs,
    List<Operation> operations,
    Location location) {}
