package dev.krakencodegen.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The access token is known to lack a scope the endpoint requires; the call failed before any
 * request was sent.
 */
public class MissingScopeException extends KrakenException {
  private static final long serialVersionUID = 1L;

  private final String endpointId;
  private final List<String> missingScopes;
  private final Set<String> grantedScopes;

  public MissingScopeException(
      String endpointId, List<String> missingScopes, Set<String> grantedScopes) {
    super(
        endpointId
            + " requires scope"
            + (missingScopes.size() == 1 ? " " : "s ")
            + String.join(", ", missingScopes)
            + " which the access token was not granted (granted: "
            + (grantedScopes.isEmpty() ? "none" : String.join(", ", grantedScopes))
            + ")");
    this.endpointId = endpointId;
    this.missingScopes = List.copyOf(missingScopes);
    this.grantedScopes = Collections.unmodifiableSet(new LinkedHashSet<>(grantedScopes));
  }

  public String endpointId() {
    return endpointId;
  }

  /** The required scopes the token lacks, in the endpoint's declared order. */
  public List<String> missingScopes() {
    return missingScopes;
  }

  /** The scopes the token holds, in the order they were reported. */
  public Set<String> grantedScopes() {
    return grantedScopes;
  }
}
