package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.Map;
import java.util.Optional;

/**
 * A documented request/response pair. JSON values are plain Java values: {@code Map}
 * (insertion-ordered), {@code List}, {@code String}, {@code Long}, {@code Double},
 * {@code Boolean} and {@code null}.
 *
 * @param body the JSON request body including its wrap key, empty when none
 * @param response the JSON response, empty when the response has no body
 */
public record Example(
    Optional<String> name,
    Optional<String> description,
    Map<String, Object> pathParams,
    Map<String, Object> queryParams,
    Map<String, Object> formParams,
    Optional<Object> body,
    int status,
    Optional<Object> response,
    Location location) {}
