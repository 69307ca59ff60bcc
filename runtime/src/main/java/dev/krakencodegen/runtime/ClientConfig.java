package dev.krakencodegen.runtime;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything a built client was configured with. Immutable. */
record ClientConfig(
    ApiDescriptor api,
    URI baseUrl,
    @Nullable String clientId,
    @Nullable String accessToken,
    String userAgent,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Transport transport,
    @Nullable Set<String> grantedScopes,
    boolean discoverScopes,
    Sleeper sleeper,
    Clock clock) {

  @Override
  public String toString() {
    return "ClientConfig["
        + api.name()
        + " "
        + baseUrl
        + ", clientId="
        + clientId
        + ", accessToken="
        + (accessToken == null ? "none" : Redaction.MASK)
        + ", grantedScopes="
        + grantedScopes
        + ", discoverScopes="
        + discoverScopes
        + ", "
        + retryPolicy
        + "]";
  }
}
