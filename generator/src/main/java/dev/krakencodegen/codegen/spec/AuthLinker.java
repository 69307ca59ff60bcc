package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.Auth;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.GrantedScopes;
import dev.krakencodegen.codegen.model.HttpMethod;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.OAuth2;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.Placement;
import dev.krakencodegen.codegen.model.TokenPlacement;
import dev.krakencodegen.codegen.model.TypeRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Links {@code auth}: credential placements, OAuth2 endpoints and flows, granted scopes. */
final class AuthLinker {
  private static final List<String> PLACES = List.of("header", "query", "form");
  private static final List<String> FLOWS = List.of("authorization_code", "implicit", "password", "client_credentials");

  private final Diagnostics diagnostics;
  private final Map<String, Model> models;

  AuthLinker(Diagnostics diagnostics, Map<String, Model> models) {
    this.diagnostics = diagnostics;
    this.models = models;
  }

  /**
   * @param operations every operation (linked or not) by id, for {@code grantedScopes}; the
   *     value is {@code null} for operations that did not link
   */
  Auth link(Raw.Auth raw, List<String> operationIds, Map<String, Operation> operations) {
    if (raw == null) {
      return Auth.none();
    }
    Optional<Placement> clientId = Optional.ofNullable(raw.clientId()).map(this::placement);
    Optional<TokenPlacement> token = Optional.ofNullable(raw.token()).map(this::token);
    Optional<OAuth2> oauth2 = Optional.ofNullable(raw.oauth2()).map(this::oauth2);
    Optional<GrantedScopes> granted =
        Optional.ofNullable(raw.grantedScopes()).map(g -> grantedScopes(g, operationIds, operations));
    return new Auth(clientId, token, oauth2, granted);
  }

  private Placement placement(Raw.Placement p) {
    ParamIn in = in(p.in());
    if (p.name() != null) {
      Names.WIRE.check(p.name(), "credential", diagnostics);
    }
    return in == null || p.name() == null ? null : new Placement(in, p.name().value());
  }

  private TokenPlacement token(Raw.Token t) {
    ParamIn in = in(t.in());
    String format = t.format() == null ? "{token}" : t.format().value();
    if (t.format() != null && !format.contains("{token}")) {
      diagnostics.error("invalid-value", t.format().location(),
          "token format '" + format + "' must contain '{token}', where the token goes");
    }
    if (t.name() != null) {
      Names.WIRE.check(t.name(), "credential", diagnostics);
    }
    List<Placement> alternatives = new ArrayList<>();
    for (Raw.Placement p : t.alternatives()) {
      Placement linked = placement(p);
      if (linked != null) {
        alternatives.add(linked);
      }
    }
    return in == null || t.name() == null ? null : new TokenPlacement(in, t.name().value(), format, alternatives);
  }

  private OAuth2 oauth2(Raw.OAuth2 o) {
    URI authorize = httpUrl(o.authorizeUrl(), "authorizeUrl");
    URI token = httpUrl(o.tokenUrl(), "tokenUrl");
    List<String> flows = new ArrayList<>();
    for (Located<String> flow : o.flows()) {
      if (Choices.choose(flow, FLOWS, "oauth2 flow", diagnostics) != null && !flows.contains(flow.value())) {
        flows.add(flow.value());
      }
    }
    if (o.flows().isEmpty() && o.authorizeUrl() != null) {
      diagnostics.error("invalid-value", o.location(), "auth.oauth2 'flows' needs at least one flow ("
          + String.join(", ", FLOWS) + ")");
    }
    String separator = o.scopeSeparator() == null ? " " : o.scopeSeparator().value();
    return authorize == null || token == null ? null : new OAuth2(authorize, token, flows, separator);
  }

  /**
   * The client calls the operation with nothing but its credentials and reads the scopes at
   * the pointer: so it must be a GET without path or required params, and the pointer must
   * lead through the returns model to a {@code list<string>} field.
   */
  private GrantedScopes grantedScopes(
      Raw.GrantedScopes g, List<String> operationIds, Map<String, Operation> operations) {
    boolean pointerOk = g.pointer() != null && (g.pointer().value().isEmpty() || g.pointer().value().startsWith("/"));
    if (g.pointer() != null && !pointerOk) {
      diagnostics.error("invalid-value", g.pointer().location(),
          "grantedScopes 'pointer' must be a json pointer starting with '/', got '" + g.pointer().value() + "'");
    }
    if (g.operation() == null) {
      return null;
    }
    String id = g.operation().value();
    if (!new HashSet<>(operationIds).contains(id)) {
      diagnostics.error("unknown-operation", g.operation().location(), "unknown operation '" + id
          + "'; grantedScopes names an operation as 'resource.operation'" + NameSuggester.hint(id, operationIds));
      return null;
    }
    Operation op = operations.get(id);
    if (op == null) {
      return null; // its errors are reported where it is declared
    }
    boolean ok = true;
    String what = "grantedScopes operation '" + id + "'";
    if (op.method() != HttpMethod.GET) {
      diagnostics.error("invalid-value", g.operation().location(), what + " must be a GET operation, not " + op.method());
      ok = false;
    }
    if (op.path().contains("{")) {
      diagnostics.error("invalid-value", g.operation().location(), what + " must not have path parameters, but its path is '"
          + op.path() + "'; the client calls it with nothing but the token");
      ok = false;
    }
    List<String> required = op.params().stream().filter(Param::required).map(Param::name).toList();
    if (!op.path().contains("{") && !required.isEmpty()) {
      diagnostics.error("invalid-value", g.operation().location(), what + " must not have required params, but '"
          + required.get(0) + "' is required; the client calls it with nothing but the token");
      ok = false;
    }
    if (!(op.returns().orElse(null) instanceof TypeRef.ModelRef returns)) {
      diagnostics.error("invalid-value", g.operation().location(), what + " must return a model, but it returns "
          + op.returns().map(TypeRef::spelling).orElse("nothing"));
      return null;
    }
    if (!pointerOk || !pointsAtScopes(g.pointer(), returns)) {
      return null;
    }
    return ok ? new GrantedScopes(id, g.pointer().value()) : null;
  }

  /**
   * Follows a JSON Pointer through the returns model: a token names a field of a model or any
   * key of a map; the pointer must end at a {@code list<string>}. Reports and returns false
   * otherwise.
   */
  private boolean pointsAtScopes(Located<String> pointer, TypeRef.ModelRef start) {
    TypeRef current = start;
    String through = "model '" + start.name() + "'";
    String rest = pointer.value();
    while (!rest.isEmpty()) {
      int next = rest.indexOf('/', 1);
      String raw = next < 0 ? rest.substring(1) : rest.substring(1, next);
      rest = next < 0 ? "" : rest.substring(next);
      String token = raw.replace("~1", "/").replace("~0", "~"); // RFC 6901 escapes
      if (current instanceof TypeRef.ModelRef ref) {
        Model model = models.get(ref.name());
        Field field = model.fields().stream().filter(f -> f.name().equals(token)).findFirst().orElse(null);
        if (field == null) {
          diagnostics.error("unknown-field", pointer.location(), "grantedScopes 'pointer' '" + pointer.value()
              + "': model '" + model.name() + "' has no field '" + token + "'"
              + NameSuggester.hint(token, model.fields().stream().map(Field::name).toList()));
          return false;
        }
        current = field.type();
      } else if (current instanceof TypeRef.MapOf map) {
        current = map.value();
      } else {
        diagnostics.error("invalid-value", pointer.location(), "grantedScopes 'pointer' '" + pointer.value()
            + "' cannot go into '" + token + "': " + through + " is " + current.spelling() + ", not a model or map");
        return false;
      }
      through = "'" + token + "'";
    }
    boolean listOfStrings = current instanceof TypeRef.ListOf list
        && TypeResolver.isScalar(list.element(), TypeRef.Scalar.STRING);
    if (!listOfStrings) {
      diagnostics.error("invalid-value", pointer.location(), "grantedScopes 'pointer' '" + pointer.value()
          + "' must lead to a list<string> of scope names, but " + through + " is " + current.spelling());
    }
    return listOfStrings;
  }

  private ParamIn in(Located<String> in) {
    if (in == null || Choices.choose(in, PLACES, "'in'", diagnostics) == null) {
      return null;
    }
    return ParamIn.valueOf(in.value().toUpperCase(Locale.ROOT));
  }

  private URI httpUrl(Located<String> url, String key) {
    if (url == null) {
      return null;
    }
    URI uri = Urls.absoluteHttp(url.value());
    if (uri == null) {
      diagnostics.error("invalid-value", url.location(),
          "'" + key + "' must be an absolute http(s) url, got '" + url.value() + "'");
    }
    return uri;
  }
}
