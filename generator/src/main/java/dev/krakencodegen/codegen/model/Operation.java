package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One API call.
 *
 * @param path the path template relative to the base URL, e.g. {@code /channels/{channel}}
 * @param returns the response type (a model, or {@code list<Model>} for a bare array), empty
 *     when the response has no body
 * @param status the success status code
 */
public record Operation(
    String resource,
    String name,
    String summary,
    Optional<String> description,
    Optional<String> docs,
    HttpMethod method,
    String path,
    AuthMode auth,
    List<String> scopes,
    List<Param> params,
    Optional<Body> body,
    Optional<TypeRef> returns,
    int status,
    Optional<Paging> paging,
    boolean idempotent,
    boolean notImplemented,
    List<Example> examples,
    Location location) {

  /** {@code resource.operation}, unique in the spec. */
  public String id() {
    return resource + "." + name;
  }
}
