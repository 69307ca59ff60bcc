package dev.krakencodegen.codegen.model;

import java.util.List;

/**
 * Where the access token goes.
 *
 * @param format the value template; {@code {token}} is replaced by the token
 * @param alternatives other documented placements (docs only)
 */
public record TokenPlacement(ParamIn in, String name, String format, List<Placement> alternatives) {}
