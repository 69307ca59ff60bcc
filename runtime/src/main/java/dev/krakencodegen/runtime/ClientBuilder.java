package dev.krakencodegen.runtime;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Configures and builds a client. Generated clients expose it as {@code builder()}.
 *
 * <pre>{@code
 * KrakenClient client = KrakenClient.builder().fromEnv().accessToken(token).build();
 * }</pre>
 *
 * <p>Calls apply in order, so a value set after {@link #fromEnv()} overrides the environment.
 */
public final class ClientBuilder<C> {
  private final ApiDescriptor api;
  private final Function<ApiClient, C> factory;
  private URI baseUrl;
  private @Nullable String clientId;
  private @Nullable String accessToken;
  private @Nullable String userAgent;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private @Nullable Transport transport;
  private @Nullable Set<String> grantedScopes;
  private boolean discoverScopes;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Clock clock = Clock.systemUTC();

  /**
   * @param api the API description
   * @param factory wraps the built {@link ApiClient} in the generated client type
   */
  public ClientBuilder(ApiDescriptor api, Function<ApiClient, C> factory) {
    this.api = Objects.requireNonNull(api, "api");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.baseUrl = api.defaultBaseUrl();
  }

  /** The base URL requests go to (default: the API's). The token is sent only to its origin. */
  public ClientBuilder<C> baseUrl(String baseUrl) {
    this.baseUrl = Urls.baseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
    return this;
  }

  public ClientBuilder<C> baseUrl(URI baseUrl) {
    return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /** The application's client id; null to unset. */
  public ClientBuilder<C> clientId(@Nullable String clientId) {
    this.clientId = blankToNull(clientId, "clientId");
    return this;
  }

  /** The OAuth access token; null to unset. Never shown in toString, messages or logs. */
  public ClientBuilder<C> accessToken(@Nullable String accessToken) {
    this.accessToken = blankToNull(accessToken, "accessToken");
    return this;
  }

  /** Replaces the default User-Agent ({@code kraken-codegen-runtime/<version> <api>/<version>}). */
  public ClientBuilder<C> userAgent(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    return this;
  }

  /** How long to wait for a connection (default 10 s); used by the default transport. */
  public ClientBuilder<C> connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /** How long to wait for each response (default 30 s). */
  public ClientBuilder<C> requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    return this;
  }

  /** When to retry (default {@link RetryPolicy#defaults()}). */
  public ClientBuilder<C> retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /** The HTTP transport (default: {@link JdkHttpTransport} with the connect timeout). */
  public ClientBuilder<C> transport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return this;
  }

  /**
   * The scopes the token was granted, if known: calls needing others then fail fast.
   *
   * <p>For "no scopes", call {@code grantedScopes(List.of())}: with no arguments, {@code
   * grantedScopes()} is ambiguous between this and {@link #grantedScopes(OAuthScope...)} and does
   * not compile.
   */
  public ClientBuilder<C> grantedScopes(String... scopes) {
    return grantedScopes(List.of(scopes));
  }

  /**
   * Like {@link #grantedScopes(String...)}, with a generated client's scope constants. For "no
   * scopes", call {@code grantedScopes(List.of())} (a call without arguments is ambiguous).
   */
  public ClientBuilder<C> grantedScopes(OAuthScope... scopes) {
    return grantedScopes(OAuth2.wireValues(Arrays.asList(scopes)));
  }

  public ClientBuilder<C> grantedScopes(Collection<String> scopes) {
    Set<String> set = new LinkedHashSet<>();
    for (String s : scopes) {
      set.add(Objects.requireNonNull(s, "scope"));
    }
    this.grantedScopes = Collections.unmodifiableSet(set);
    return this;
  }

  /**
   * Reads the token's scopes from the API (once, on the first call that needs them) so that calls
   * needing scopes the token lacks fail fast. Ignored when scopes are configured.
   */
  public ClientBuilder<C> discoverScopes(boolean discoverScopes) {
    this.discoverScopes = discoverScopes;
    return this;
  }

  /**
   * Applies {@code <PREFIX>CLIENT_ID}, {@code ACCESS_TOKEN} and {@code BASE_URL} from the
   * environment.
   */
  public ClientBuilder<C> fromEnv() {
    return fromEnv(System.getenv());
  }

  /** Applies the variables found in {@code env}; blank values are ignored. */
  public ClientBuilder<C> fromEnv(Map<String, String> env) {
    String prefix = api.envPrefix();
    String id = env.get(prefix + "CLIENT_ID");
    if (id != null && !id.isBlank()) {
      clientId(id.trim());
    }
    String token = env.get(prefix + "ACCESS_TOKEN");
    if (token != null && !token.isBlank()) {
      accessToken(token.trim());
    }
    String url = env.get(prefix + "BASE_URL");
    if (url != null && !url.isBlank()) {
      try {
        baseUrl(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(prefix + "BASE_URL: " + e.getMessage(), e);
      }
    }
    return this;
  }

  /** For tests: replaces real waiting between retries. */
  ClientBuilder<C> sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** For tests: the clock Retry-After dates are measured against. */
  ClientBuilder<C> clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Builds the client.
   *
   * @throws IllegalStateException if scope discovery is requested but the API declares no way to
   *     discover scopes
   */
  public C build() {
    if (discoverScopes && grantedScopes == null && api.grantedScopesPath().isEmpty()) {
      throw new IllegalStateException(
          "API " + api.name() + " declares no endpoint to discover granted scopes");
    }
    ClientConfig config =
        new ClientConfig(
            api,
            baseUrl,
            clientId,
            accessToken,
            userAgent != null ? userAgent : defaultUserAgent(),
            requestTimeout,
            retryPolicy,
            transport != null ? transport : new JdkHttpTransport(connectTimeout),
            grantedScopes,
            discoverScopes && accessToken != null,
            sleeper,
            clock);
    return factory.apply(new ApiClient(config));
  }

  private String defaultUserAgent() {
    return "kraken-codegen-runtime/"
        + RuntimeVersion.VERSION
        + " "
        + api.name().replaceAll("\\s+", "-")
        + "/"
        + api.version().orElse("client")
        + " Java/"
        + System.getProperty("java.specification.version", "unknown");
  }

  private static @Nullable String blankToNull(@Nullable String value, String what) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return "ClientBuilder["
        + api.name()
        + " "
        + baseUrl
        + ", clientId="
        + clientId
        + ", accessToken="
        + (accessToken == null ? "none" : Redaction.MASK)
        + "]";
  }
}
