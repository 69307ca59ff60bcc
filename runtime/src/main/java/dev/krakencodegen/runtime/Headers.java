package dev.krakencodegen.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Header map helpers: immutable ordered copies and case-insensitive look-up. */
final class Headers {
  private Headers() {}

  static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    if (headers == null) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            copy.put(k, v == null ? List.of() : List.copyOf(v));
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  static Optional<String> first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
