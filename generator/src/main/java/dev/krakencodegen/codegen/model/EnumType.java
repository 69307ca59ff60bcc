package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;
import java.util.Optional;

/** A named string enum; {@code values} are the wire values in declaration order. */
public record EnumType(String name, Optional<String> description, List<String> values, Location location) {}
