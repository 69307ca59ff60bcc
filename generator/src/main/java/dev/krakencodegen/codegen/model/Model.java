package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object shape.
 *
 * @param includes names of the models whose fields were composed into this one
 * @param fields all fields, included ones first, in declaration order
 */
public record Model(
    String name,
    Optional<String> description,
    Optional<String> docs,
    List<String> includes,
    List<Field> fields,
    Location location) {}
