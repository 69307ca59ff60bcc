package dev.krakencodegen.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an endpoint and its values into a {@link PreparedRequest}: URL, headers, body and the
 * credentials, which go only to the configured base URL's origin.
 */
final class RequestFactory {
  private final ClientConfig config;
  private final JsonMapper json;

  RequestFactory(ClientConfig config, JsonMapper json) {
    this.config = config;
    this.json = json;
  }

  /** A request to {@code endpoint} under the base URL. */
  PreparedRequest prepare(Endpoint endpoint, RequestValues values) {
    checkLimit(endpoint, values);
    Set<String> sensitive = sensitiveNames(endpoint);
    List<String> secrets = new ArrayList<>();

    StringBuilder path = new StringBuilder();
    StringBuilder displayPath = new StringBuilder();
    expandPath(endpoint, values, sensitive, secrets, path, displayPath);

    List<RequestValues.Param> query = new ArrayList<>(values.query());
    for (RequestValues.Param p : values.query()) {
      collectSecret(p, sensitive, secrets);
    }
    Map<String, List<String>> headers = baseHeaders();
    addCredentials(endpoint, query, headers, secrets);

    String rawQuery = encodeQuery(query);
    URI uri =
        URI.create(config.baseUrl() + path.toString() + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    String display =
        endpoint.method()
            + " "
            + displayPath
            + (rawQuery.isEmpty() ? "" : "?" + Redaction.redactQuery(rawQuery, sensitive));

    byte[] body = body(values, headers, sensitive, secrets);
    return new PreparedRequest(
        endpoint, endpoint.method(), uri, headers, body, display, List.copyOf(secrets));
  }

  /**
   * A GET of a URL the API returned (a next-page link). Links under the API's default base URL are
   * moved to the configured one; credentials are added only for the configured origin.
   */
  PreparedRequest prepareLink(Endpoint endpoint, URI link) {
    URI uri = Urls.rebase(link, config.api().defaultBaseUrl(), config.baseUrl());
    Set<String> sensitive = sensitiveNames(endpoint);
    List<String> secrets = new ArrayList<>();
    Map<String, List<String>> headers = baseHeaders();
    if (Urls.sameOrigin(uri, config.baseUrl())) {
      List<RequestValues.Param> extra = new ArrayList<>();
      addCredentials(endpoint, extra, headers, secrets);
      Set<String> present = queryNames(uri);
      extra.removeIf(p -> present.contains(p.name()));
      String rawExtra = encodeQuery(extra);
      if (!rawExtra.isEmpty()) {
        uri = URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + rawExtra);
      }
    }
    String display = "GET " + Redaction.display(uri, config.baseUrl(), sensitive);
    return new PreparedRequest(
        endpoint, "GET", uri, headers, new byte[0], display, List.copyOf(secrets));
  }

  /** A form POST to an absolute URL without the client's credentials (OAuth2 token requests). */
  PreparedRequest prepareForm(Endpoint endpoint, URI url, List<RequestValues.Param> form) {
    Set<String> sensitive = sensitiveNames(endpoint);
    List<String> secrets = new ArrayList<>();
    for (RequestValues.Param p : form) {
      collectSecret(p, sensitive, secrets);
    }
    Map<String, List<String>> headers = baseHeaders();
    headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    byte[] body = encodeForm(form).getBytes(StandardCharsets.UTF_8);
    String display = endpoint.method() + " " + Redaction.display(url, config.baseUrl(), sensitive);
    return new PreparedRequest(
        endpoint, endpoint.method(), url, headers, body, display, List.copyOf(secrets));
  }

  private void checkLimit(Endpoint endpoint, RequestValues values) {
    endpoint
        .paging()
        .ifPresent(
            paging -> {
              String limit = values.queryValue(paging.limitParam());
              if (limit == null) {
                return;
              }
              long n;
              try {
                n = Long.parseLong(limit.trim());
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    endpoint.id()
                        + ": "
                        + paging.limitParam()
                        + " must be a whole number: "
                        + limit);
              }
              if (n > paging.maxLimit()) {
                throw new IllegalArgumentException(
                    endpoint.id()
                        + ": "
                        + paging.limitParam()
                        + " "
                        + n
                        + " exceeds the maximum page size of "
                        + paging.maxLimit());
              }
            });
  }

  private static void expandPath(
      Endpoint endpoint,
      RequestValues values,
      Set<String> sensitive,
      List<String> secrets,
      StringBuilder path,
      StringBuilder displayPath) {
    String template = endpoint.pathTemplate();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        path.append(template, i, template.length());
        displayPath.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      path.append(template, i, open);
      displayPath.append(template, i, open);
      String name = template.substring(open + 1, close);
      String value = values.pathValue(name);
      if (value == null) {
        throw new IllegalArgumentException(
            endpoint.id() + ": path parameter '" + name + "' is required");
      }
      String encoded = Urls.encodePathSegment(value);
      path.append(encoded);
      if (Redaction.isSensitive(name, sensitive)) {
        secrets.add(value);
        displayPath.append(Redaction.MASK);
      } else {
        displayPath.append(encoded);
      }
      i = close + 1;
    }
  }

  private Map<String, List<String>> baseHeaders() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of(config.api().mediaType()));
    headers.put("User-Agent", List.of(config.userAgent()));
    return headers;
  }

  /**
   * Adds the client id and the token per the descriptor's placements: the client id when
   * configured, the token when configured and the endpoint's auth mode is not NONE.
   */
  private void addCredentials(
      Endpoint endpoint,
      List<RequestValues.Param> query,
      Map<String, List<String>> headers,
      List<String> secrets) {
    ApiDescriptor api = config.api();
    String clientId = config.clientId();
    if (clientId != null) {
      api.clientIdPlacement().ifPresent(p -> place(p, clientId, query, headers));
    }
    String token = config.accessToken();
    if (token != null) {
      // Masked in messages even when not sent: a server may echo what it got from elsewhere.
      secrets.add(token);
    }
    if (token != null && endpoint.sendsToken()) {
      place(api.tokenPlacement(), api.tokenFormat().replace("{token}", token), query, headers);
    }
  }

  private static void place(
      Placement placement,
      String value,
      List<RequestValues.Param> query,
      Map<String, List<String>> headers) {
    if (placement.in() == Placement.In.QUERY) {
      // A call that sends this parameter itself (users.create takes the app's client_id as an
      // argument) keeps its own value; sending both would leave the server to pick one.
      if (query.stream().noneMatch(p -> p.name().equals(placement.name()))) {
        query.add(new RequestValues.Param(placement.name(), value));
      }
    } else {
      headers.put(placement.name(), List.of(value));
    }
  }

  private byte[] body(
      RequestValues values,
      Map<String, List<String>> headers,
      Set<String> sensitive,
      List<String> secrets) {
    if (!values.form().isEmpty()) {
      for (RequestValues.Param p : values.form()) {
        collectSecret(p, sensitive, secrets);
      }
      headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
      return encodeForm(values.form()).getBytes(StandardCharsets.UTF_8);
    }
    if (values.hasJsonBody()) {
      headers.put("Content-Type", List.of("application/json"));
      Object body = values.jsonBody();
      String wrap = values.jsonWrap();
      if (wrap != null) {
        Map<String, @Nullable Object> wrapped = new HashMap<>();
        wrapped.put(wrap, body);
        return json.writeValueAsBytes(wrapped);
      }
      return json.writeValueAsBytes(body);
    }
    return new byte[0];
  }

  /** Endpoint-declared sensitive names plus the token's query parameter, if it travels there. */
  Set<String> sensitiveNames(Endpoint endpoint) {
    Set<String> names = new LinkedHashSet<>(endpoint.sensitive());
    Placement token = config.api().tokenPlacement();
    if (token.in() == Placement.In.QUERY) {
      names.add(token.name());
    }
    return names;
  }

  private static void collectSecret(
      RequestValues.Param p, Set<String> sensitive, List<String> secrets) {
    if (Redaction.isSensitive(p.name(), sensitive)) {
      secrets.add(p.value());
    }
  }

  private static String encodeQuery(List<RequestValues.Param> params) {
    StringJoiner j = new StringJoiner("&");
    for (RequestValues.Param p : params) {
      j.add(Urls.encodeQueryComponent(p.name()) + "=" + Urls.encodeQueryComponent(p.value()));
    }
    return j.toString();
  }

  static String encodeForm(List<RequestValues.Param> params) {
    StringJoiner j = new StringJoiner("&");
    for (RequestValues.Param p : params) {
      j.add(Urls.encodeFormComponent(p.name()) + "=" + Urls.encodeFormComponent(p.value()));
    }
    return j.toString();
  }

  private static Set<String> queryNames(URI uri) {
    Set<String> names = new LinkedHashSet<>();
    String q = uri.getRawQuery();
    if (q != null) {
      for (String pair : q.split("&")) {
        int eq = pair.indexOf('=');
        names.add(Urls.decodeComponent(eq < 0 ? pair : pair.substring(0, eq)));
      }
    }
    return names;
  }
}
