package dev.krakencodegen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One API operation: method, path template, auth and retry rules. Generated as a constant. */
public final class Endpoint {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^{}/]+)}");

  private final String id;
  private final String method;
  private final String pathTemplate;
  private final List<String> pathParams;
  private final List<String> scopes;
  private final Auth auth;
  private final boolean idempotent;
  private final Set<Integer> successStatuses;
  private final Set<String> sensitive;
  private final @Nullable Paging paging;

  private Endpoint(Builder b) {
    this.id = b.id;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathParams = List.copyOf(b.pathParams);
    this.scopes = List.copyOf(b.scopes);
    this.auth = b.auth != null ? b.auth : b.scopes.isEmpty() ? Auth.OPTIONAL : Auth.REQUIRED;
    if (auth == Auth.NONE && !scopes.isEmpty()) {
      // The token is never sent, so the scopes could never be granted.
      throw new IllegalStateException(
          id + ": an endpoint with auth NONE cannot require scopes " + scopes);
    }
    this.idempotent = b.idempotent != null ? b.idempotent : defaultIdempotent(b.method);
    this.successStatuses = Collections.unmodifiableSet(new TreeSet<>(b.successStatuses));
    this.sensitive = Collections.unmodifiableSet(new LinkedHashSet<>(b.sensitive));
    this.paging = b.paging;
  }

  /**
   * Starts an endpoint.
   *
   * @param id a stable id such as {@code channels.get}, used in messages
   * @param method the HTTP method
   * @param pathTemplate the path relative to the base URL, with {@code {name}} parameters
   */
  public static Builder builder(String id, String method, String pathTemplate) {
    return new Builder(id, method, pathTemplate);
  }

  private static boolean defaultIdempotent(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  public String id() {
    return id;
  }

  public String method() {
    return method;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  /** The path parameter names, in template order. */
  public List<String> pathParams() {
    return pathParams;
  }

  /** The scopes the token must hold; may be empty. */
  public List<String> scopes() {
    return scopes;
  }

  /** How this endpoint uses the access token. */
  public Auth auth() {
    return auth;
  }

  /** Whether a token must be configured: {@code auth() == Auth.REQUIRED}. */
  public boolean authRequired() {
    return auth == Auth.REQUIRED;
  }

  /** Whether the access token, when configured, goes with requests to this endpoint. */
  boolean sendsToken() {
    return auth != Auth.NONE;
  }

  /** Whether failed attempts may be retried. */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * The documented success statuses; may be empty. Documentation only: every 2xx status counts as
   * success, because failing a call the server carried out (a 200 where 204 was documented) would
   * make callers retry it, repeating a non-idempotent action.
   */
  public Set<Integer> successStatuses() {
    return successStatuses;
  }

  /** Names of parameters whose values are secrets. */
  public Set<String> sensitive() {
    return sensitive;
  }

  public Optional<Paging> paging() {
    return Optional.ofNullable(paging);
  }

  /** Whether {@code status} counts as success: any 2xx, whatever was documented. */
  boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "Endpoint[" + id + " " + method + " " + pathTemplate + "]";
  }

  /** How an endpoint uses the access token. The client id is sent in every mode. */
  public enum Auth {
    /** The endpoint ignores credentials: the access token is never sent, even when configured. */
    NONE,
    /** The token is sent when one is configured; calls work without one. */
    OPTIONAL,
    /** A token is needed: calls fail with {@link MissingTokenException} before sending without. */
    REQUIRED
  }

  /**
   * How an endpoint pages.
   *
   * @param limitParam the page-size query parameter
   * @param offsetParam the offset query parameter
   * @param maxLimit the largest page size the API accepts
   * @param nextPath field names leading to the next page's URL in the response (may be empty)
   */
  public record Paging(String limitParam, String offsetParam, int maxLimit, List<String> nextPath) {
    public Paging {
      Objects.requireNonNull(limitParam, "limitParam");
      Objects.requireNonNull(offsetParam, "offsetParam");
      if (maxLimit < 1) {
        throw new IllegalArgumentException("maxLimit must be positive: " + maxLimit);
      }
      nextPath = List.copyOf(nextPath);
    }
  }

  /** Builds an {@link Endpoint}. */
  public static final class Builder {
    private final String id;
    private final String method;
    private final String pathTemplate;
    private final List<String> pathParams = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();
    private @Nullable Auth auth;
    private @Nullable Boolean idempotent;
    private final Set<Integer> successStatuses = new LinkedHashSet<>();
    private final Set<String> sensitive = new LinkedHashSet<>();
    private @Nullable Paging paging;

    private Builder(String id, String method, String pathTemplate) {
      this.id = Objects.requireNonNull(id, "id");
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      if (!pathTemplate.startsWith("/")) {
        throw new IllegalArgumentException("path template must start with '/': " + pathTemplate);
      }
      this.pathTemplate = pathTemplate;
      Matcher m = PATH_PARAM.matcher(pathTemplate);
      while (m.find()) {
        if (pathParams.contains(m.group(1))) {
          throw new IllegalArgumentException("duplicate path parameter {" + m.group(1) + "}");
        }
        pathParams.add(m.group(1));
      }
    }

    public Builder scopes(String... scopes) {
      for (String s : scopes) {
        if (!this.scopes.contains(Objects.requireNonNull(s, "scope"))) {
          this.scopes.add(s);
        }
      }
      return this;
    }

    /**
     * How the endpoint uses the access token. Defaults to {@link Auth#REQUIRED} when scopes are
     * declared, else {@link Auth#OPTIONAL}. {@link Auth#NONE} with scopes is rejected by {@link
     * #build()}.
     */
    public Builder auth(Auth auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** Defaults to {@code true} for GET, HEAD, PUT, DELETE and OPTIONS. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Documents the success statuses (shown in docs and {@link Endpoint#successStatuses()}). Any
     * 2xx status is accepted as success at run time, whatever is declared here.
     */
    public Builder successStatus(int... statuses) {
      for (int s : statuses) {
        if (s < 100 || s > 599) {
          throw new IllegalArgumentException("not an HTTP status: " + s);
        }
        successStatuses.add(s);
      }
      return this;
    }

    public Builder sensitive(String... names) {
      for (String n : names) {
        sensitive.add(Objects.requireNonNull(n, "name"));
      }
      return this;
    }

    /**
     * Declares offset paging.
     *
     * @param nextPath the field names leading to the next page URL, e.g. {@code "_links", "next"}
     */
    public Builder paging(String limitParam, String offsetParam, int maxLimit, String... nextPath) {
      this.paging = new Paging(limitParam, offsetParam, maxLimit, List.of(nextPath));
      return this;
    }

    /**
     * Builds the endpoint.
     *
     * @throws IllegalStateException if the auth mode is {@link Auth#NONE} and scopes are declared
     */
    public Endpoint build() {
      return new Endpoint(this);
    }
  }
}
