package dev.krakencodegen.runtime;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth2 access token and the scopes it was granted. {@link #toString()} masks the tokens.
 *
 * @param refreshToken null when the server issued none
 */
public record OAuthToken(String accessToken, List<String> scopes, @Nullable String refreshToken) {
  public OAuthToken {
    Objects.requireNonNull(accessToken, "accessToken");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "OAuthToken[accessToken="
        + Redaction.MASK
        + ", scopes="
        + scopes
        + ", refreshToken="
        + (refreshToken == null ? "null" : Redaction.MASK)
        + "]";
  }
}
