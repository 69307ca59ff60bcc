package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;

/** The {@code kraken-runtime} types generated code calls; the generator itself does not depend on the runtime. */
final class RuntimeTypes {

  private static final String PACKAGE = "dev.krakencodegen.runtime";
  static final ClassName API_CLIENT = ClassName.get(PACKAGE, "ApiClient");
  static final ClassName API_DESCRIPTOR = ClassName.get(PACKAGE, "ApiDescriptor");
  static final ClassName CLIENT_BUILDER = ClassName.get(PACKAGE, "ClientBuilder");
  static final ClassName PLACEMENT = ClassName.get(PACKAGE, "Placement");
  static final ClassName ENDPOINT = ClassName.get(PACKAGE, "Endpoint");
  static final ClassName REQUEST_VALUES = ClassName.get(PACKAGE, "RequestValues");
  static final ClassName PAGE = ClassName.get(PACKAGE, "Page");
  static final ClassName OAUTH2 = ClassName.get(PACKAGE, "OAuth2");
  static final ClassName OAUTH_SCOPE = ClassName.get(PACKAGE, "OAuthScope");
  static final ClassName UNKNOWN_FIELDS = ClassName.get(PACKAGE, "UnknownFields");

  private RuntimeTypes() {}
}
