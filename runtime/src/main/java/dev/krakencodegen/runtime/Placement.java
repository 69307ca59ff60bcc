package dev.krakencodegen.runtime;

import java.util.Objects;

/**
 * Where a credential (client id or access token) travels in a request.
 *
 * @param in the part of the request that carries it
 * @param name the query parameter or header name
 */
public record Placement(In in, String name) {

  /** The part of a request a credential travels in. */
  public enum In {
    QUERY,
    HEADER
  }

  public Placement {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("placement name must not be blank");
    }
  }

  /** Sent as the query parameter {@code name}. */
  public static Placement query(String name) {
    return new Placement(In.QUERY, name);
  }

  /** Sent as the header {@code name}. */
  public static Placement header(String name) {
    return new Placement(In.HEADER, name);
  }
}
