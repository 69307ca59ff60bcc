package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.Optional;

/**
 * One field of a model.
 *
 * @param name the wire name, exactly as the API spells it ({@code _id})
 * @param optional the field may be absent from a response
 * @param timestampFormat for timestamps: {@code iso8601} or a {@code java.time} pattern
 */
public record Field(
    String name,
    TypeRef type,
    boolean nullable,
    boolean optional,
    Optional<String> timestampFormat,
    boolean sensitive,
    Optional<String> description,
    Location location) {}
