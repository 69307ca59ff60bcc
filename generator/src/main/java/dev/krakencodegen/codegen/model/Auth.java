package dev.krakencodegen.codegen.model;

import java.util.Optional;

/** How credentials travel; every part is optional because public APIs need none. */
public record Auth(
    Optional<Placement> clientId,
    Optional<TokenPlacement> token,
    Optional<OAuth2> oauth2,
    Optional<GrantedScopes> grantedScopes) {

  public static Auth none() {
    return new Auth(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
