package dev.krakencodegen.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * OAuth2 helpers: the authorize URL for the authorization code and implicit flows, and the token
 * requests of the authorization code and password grants. Token requests are not retried.
 */
public final class OAuth2 {
  private static final Endpoint TOKEN =
      Endpoint.builder("oauth2.token", "POST", "/oauth2/token")
          .idempotent(false)
          .sensitive("client_secret", "password", "code", "refresh_token")
          .build();

  private final ApiClient client;
  private final String clientId;
  private final URI authorizeUrl;
  private final URI tokenUrl;
  private final String separator;

  /** Helpers for {@code api} with the default transport. */
  public OAuth2(ApiDescriptor api, String clientId) {
    this(new ClientBuilder<>(api, Function.identity()).clientId(clientId).build());
  }

  /** Helpers for {@code api} over {@code transport}. */
  public OAuth2(ApiDescriptor api, String clientId, Transport transport) {
    this(
        new ClientBuilder<>(api, Function.identity())
            .clientId(clientId)
            .transport(transport)
            .build());
  }

  OAuth2(ApiClient client) {
    ClientConfig config = client.config();
    ApiDescriptor api = config.api();
    this.client = client;
    String id = config.clientId();
    if (id == null) {
      throw new IllegalStateException(
          "OAuth2 needs a client id: set clientId(...) or " + api.envPrefix() + "CLIENT_ID");
    }
    this.clientId = id;
    URI authorize =
        api.authorizeUrl()
            .orElseThrow(
                () -> new IllegalStateException("API " + api.name() + " declares no OAuth2 URLs"));
    URI token = api.tokenUrl().orElseThrow();
    this.authorizeUrl = Urls.rebase(authorize, api.defaultBaseUrl(), config.baseUrl());
    this.tokenUrl = Urls.rebase(token, api.defaultBaseUrl(), config.baseUrl());
    this.separator = api.scopeSeparator();
  }

  /** The URL users are sent to, to authorize this application. */
  public AuthorizeUrlBuilder authorizeUrl() {
    return new AuthorizeUrlBuilder();
  }

  /** The token endpoint. */
  public URI tokenUrl() {
    return tokenUrl;
  }

  /**
   * Exchanges an authorization code for a token (authorization code flow, step 3).
   *
   * @param redirectUri the redirect URI used in the authorize URL
   */
  public OAuthToken exchangeCode(String clientSecret, String code, URI redirectUri) {
    List<RequestValues.Param> form = new ArrayList<>();
    form.add(param("client_id", clientId));
    form.add(param("client_secret", clientSecret));
    form.add(param("grant_type", "authorization_code"));
    form.add(param("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri").toString()));
    form.add(param("code", code));
    return token(form);
  }

  /** Obtains a token with the user's credentials (password credentials grant). */
  public OAuthToken passwordGrant(
      String clientSecret, String username, String password, Collection<String> scopes) {
    List<RequestValues.Param> form = new ArrayList<>();
    form.add(param("grant_type", "password"));
    form.add(param("client_id", clientId));
    form.add(param("client_secret", clientSecret));
    form.add(param("username", username));
    form.add(param("password", password));
    form.add(param("scope", String.join(separator, scopes)));
    return token(form);
  }

  /**
   * Like {@link #passwordGrant(String, String, String, Collection)}, with a generated client's
   * scope constants. (A {@code Collection<? extends OAuthScope>} overload cannot exist beside the
   * {@code Collection<String>} one: both erase to {@code Collection}.)
   */
  public OAuthToken passwordGrant(
      String clientSecret, String username, String password, OAuthScope... scopes) {
    return passwordGrant(clientSecret, username, password, wireValues(Arrays.asList(scopes)));
  }

  /** The scopes' wire values, in order. */
  static List<String> wireValues(Collection<? extends OAuthScope> scopes) {
    List<String> out = new ArrayList<>();
    for (OAuthScope s : scopes) {
      out.add(Objects.requireNonNull(Objects.requireNonNull(s, "scope").wireValue(), "wireValue"));
    }
    return out;
  }

  private static RequestValues.Param param(String name, String value) {
    return new RequestValues.Param(name, Objects.requireNonNull(value, name));
  }

  private OAuthToken token(List<RequestValues.Param> form) {
    JsonNode body = client.postForm(TOKEN, tokenUrl, form);
    JsonNode access = body.path("access_token");
    if (!access.isString() || access.stringValue().isBlank()) {
      throw new ResponseDecodingException(
          "the token response from " + tokenUrl + " has no access_token", null);
    }
    JsonNode refresh = body.path("refresh_token");
    return new OAuthToken(
        access.stringValue(),
        scopes(body.path("scope")),
        refresh.isString() ? refresh.stringValue() : null);
  }

  /** The granted scopes: a JSON array, or a string joined by the separator. */
  private List<String> scopes(JsonNode scope) {
    List<String> out = new ArrayList<>();
    if (scope.isArray()) {
      for (JsonNode n : scope.values()) {
        if (n.isString()) {
          out.add(n.stringValue());
        }
      }
    } else if (scope.isString()) {
      for (String s :
          scope
              .stringValue()
              .split(separator.isBlank() ? "\\s+" : java.util.regex.Pattern.quote(separator))) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "OAuth2[" + authorizeUrl + ", " + tokenUrl + "]";
  }

  /** What the authorize URL asks for. */
  public enum ResponseType {
    /** Authorization code flow: the redirect carries {@code ?code=}. */
    CODE("code"),
    /** Implicit grant flow: the redirect carries {@code #access_token=}. */
    TOKEN("token");

    private final String wire;

    ResponseType(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }
  }

  /** Builds the authorize URL. The redirect URI is required. */
  public final class AuthorizeUrlBuilder {
    private ResponseType responseType = ResponseType.CODE;
    private @Nullable URI redirectUri;
    private final List<String> scopes = new ArrayList<>();
    private @Nullable String state;

    private AuthorizeUrlBuilder() {}

    public AuthorizeUrlBuilder responseType(ResponseType responseType) {
      this.responseType = Objects.requireNonNull(responseType, "responseType");
      return this;
    }

    /** Authorization code flow ({@code response_type=code}); the default. */
    public AuthorizeUrlBuilder codeFlow() {
      return responseType(ResponseType.CODE);
    }

    /** Implicit grant flow ({@code response_type=token}). */
    public AuthorizeUrlBuilder implicitFlow() {
      return responseType(ResponseType.TOKEN);
    }

    /** The redirect URI registered for the application. */
    public AuthorizeUrlBuilder redirectUri(URI redirectUri) {
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
      return this;
    }

    /**
     * Adds scopes to ask for. For none, add nothing: {@code scopes()} without arguments is
     * ambiguous with {@link #scopes(OAuthScope...)} and does not compile.
     */
    public AuthorizeUrlBuilder scopes(String... scopes) {
      return scopes(List.of(scopes));
    }

    /** Adds scopes to ask for, as a generated client's scope constants. */
    public AuthorizeUrlBuilder scopes(OAuthScope... scopes) {
      return scopes(wireValues(Arrays.asList(scopes)));
    }

    public AuthorizeUrlBuilder scopes(Collection<String> scopes) {
      for (String s : scopes) {
        this.scopes.add(Objects.requireNonNull(s, "scope"));
      }
      return this;
    }

    /** An opaque value echoed back to the redirect URI; recommended against CSRF. */
    public AuthorizeUrlBuilder state(String state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    public URI build() {
      if (redirectUri == null) {
        throw new IllegalStateException("the authorize URL needs a redirect URI");
      }
      List<RequestValues.Param> params = new ArrayList<>();
      params.add(param("response_type", responseType.wire()));
      params.add(param("client_id", clientId));
      params.add(param("redirect_uri", redirectUri.toString()));
      if (!scopes.isEmpty()) {
        params.add(param("scope", String.join(separator, scopes)));
      }
      if (state != null) {
        params.add(param("state", state));
      }
      StringJoiner q = new StringJoiner("&");
      q.add(RequestFactory.encodeForm(params));
      String base = authorizeUrl.toString();
      return URI.create(base + (authorizeUrl.getRawQuery() == null ? "?" : "&") + q);
    }
  }
}
