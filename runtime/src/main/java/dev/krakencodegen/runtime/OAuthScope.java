package dev.krakencodegen.runtime;

/**
 * An OAuth2 scope as the API names it on the wire. Implemented by generated {@code Scope} enums, so
 * that callers pass {@code Scope.USER_READ} where the runtime takes scopes, instead of strings.
 */
public interface OAuthScope {
  /** The scope's name as sent to and received from the API, e.g. {@code user_read}. */
  String wireValue();
}
