package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One request parameter.
 *
 * @param name the wire name
 * @param defaultValue the server's default when omitted: a String, Long, Double or Boolean
 * @param min inclusive lower bound (numeric types only)
 * @param max inclusive upper bound (numeric types only)
 */
public record Param(
    String name,
    ParamIn in,
    TypeRef type,
    boolean required,
    Optional<Object> defaultValue,
    Optional<Double> min,
    Optional<Double> max,
    List<String> aliases,
    ListStyle style,
    boolean sensitive,
    Optional<String> description,
    Location location) {}
