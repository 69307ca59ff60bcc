package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the runtime needs to know about one API: its name, default base URL, media type and how
 * credentials are sent. Generated once per client as a constant.
 */
public final class ApiDescriptor {
  private final String name;
  private final URI defaultBaseUrl;
  private final @Nullable String version;
  private final String mediaType;
  private final @Nullable Placement clientIdPlacement;
  private final Placement tokenPlacement;
  private final String tokenFormat;
  private final @Nullable String grantedScopesPath;
  private final @Nullable String grantedScopesPointer;
  private final @Nullable URI authorizeUrl;
  private final @Nullable URI tokenUrl;
  private final String scopeSeparator;

  private ApiDescriptor(Builder b) {
    this.name = b.name;
    this.defaultBaseUrl = b.defaultBaseUrl;
    this.version = b.version;
    this.mediaType = b.mediaType;
    this.clientIdPlacement = b.clientIdPlacement;
    this.tokenPlacement = b.tokenPlacement;
    this.tokenFormat = b.tokenFormat;
    this.grantedScopesPath = b.grantedScopesPath;
    this.grantedScopesPointer = b.grantedScopesPointer;
    this.authorizeUrl = b.authorizeUrl;
    this.tokenUrl = b.tokenUrl;
    this.scopeSeparator = b.scopeSeparator;
  }

  /**
   * Starts a descriptor.
   *
   * @param name the API's name, e.g. {@code Kraken}; also the environment variable prefix
   * @param defaultBaseUrl the absolute base URL requests go to unless overridden
   */
  public static Builder builder(String name, String defaultBaseUrl) {
    return new Builder(name, defaultBaseUrl);
  }

  public String name() {
    return name;
  }

  /** The base URL without a trailing slash. */
  public URI defaultBaseUrl() {
    return defaultBaseUrl;
  }

  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** The value of the {@code Accept} header. */
  public String mediaType() {
    return mediaType;
  }

  /** Where the client id goes; empty when the API takes none. */
  public Optional<Placement> clientIdPlacement() {
    return Optional.ofNullable(clientIdPlacement);
  }

  public Placement tokenPlacement() {
    return tokenPlacement;
  }

  /** The token's wire form; {@code {token}} stands for the token. */
  public String tokenFormat() {
    return tokenFormat;
  }

  /** The GET path (relative to the base URL) that reports the token's scopes. */
  public Optional<String> grantedScopesPath() {
    return Optional.ofNullable(grantedScopesPath);
  }

  /** The JSON Pointer to the scope array in the {@link #grantedScopesPath()} response. */
  public Optional<String> grantedScopesPointer() {
    return Optional.ofNullable(grantedScopesPointer);
  }

  public Optional<URI> authorizeUrl() {
    return Optional.ofNullable(authorizeUrl);
  }

  public Optional<URI> tokenUrl() {
    return Optional.ofNullable(tokenUrl);
  }

  /** How OAuth2 scope lists are joined (a space for Kraken). */
  public String scopeSeparator() {
    return scopeSeparator;
  }

  /** The environment variable prefix: the upper-cased name and an underscore. */
  public String envPrefix() {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_";
  }

  @Override
  public String toString() {
    return "ApiDescriptor[" + name + " " + defaultBaseUrl + "]";
  }

  /** Builds an {@link ApiDescriptor}. Every call except {@link #build()} is optional. */
  public static final class Builder {
    private final String name;
    private final URI defaultBaseUrl;
    private @Nullable String version;
    private String mediaType = "application/json";
    private @Nullable Placement clientIdPlacement;
    private Placement tokenPlacement = Placement.header("Authorization");
    private String tokenFormat = "Bearer {token}";
    private @Nullable String grantedScopesPath;
    private @Nullable String grantedScopesPointer;
    private @Nullable URI authorizeUrl;
    private @Nullable URI tokenUrl;
    private String scopeSeparator = " ";

    private Builder(String name, String defaultBaseUrl) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("API name must not be blank");
      }
      this.name = name;
      this.defaultBaseUrl = Urls.baseUrl(defaultBaseUrl);
    }

    /** The API version, shown in the default User-Agent. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    public Builder mediaType(String mediaType) {
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
      return this;
    }

    public Builder clientId(Placement placement) {
      this.clientIdPlacement = Objects.requireNonNull(placement, "placement");
      return this;
    }

    /**
     * How the access token is sent.
     *
     * @param format the wire form, where {@code {token}} is replaced by the token
     */
    public Builder token(Placement placement, String format) {
      this.tokenPlacement = Objects.requireNonNull(placement, "placement");
      if (!format.contains("{token}")) {
        throw new IllegalArgumentException("token format must contain {token}: " + format);
      }
      this.tokenFormat = format;
      return this;
    }

    /**
     * Where the token's scopes can be read.
     *
     * @param path a GET path relative to the base URL
     * @param jsonPointer a JSON Pointer to an array of scope names in its response
     */
    public Builder grantedScopes(String path, String jsonPointer) {
      this.grantedScopesPath = Objects.requireNonNull(path, "path");
      if (!jsonPointer.isEmpty() && !jsonPointer.startsWith("/")) {
        throw new IllegalArgumentException("not a JSON Pointer: " + jsonPointer);
      }
      this.grantedScopesPointer = jsonPointer;
      return this;
    }

    public Builder oauth2(String authorizeUrl, String tokenUrl, String scopeSeparator) {
      this.authorizeUrl = Urls.absolute(authorizeUrl);
      this.tokenUrl = Urls.absolute(tokenUrl);
      this.scopeSeparator = Objects.requireNonNull(scopeSeparator, "scopeSeparator");
      return this;
    }

    public ApiDescriptor build() {
      return new ApiDescriptor(this);
    }
  }
}
