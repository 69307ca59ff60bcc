package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import dev.krakencodegen.codegen.model.AuthMode;
import dev.krakencodegen.codegen.model.Body;
import dev.krakencodegen.codegen.model.Example;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.HttpMethod;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Paging;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links one operation: its http line against its path params, scopes, auth mode, body,
 * returns, status, paging and examples, and applies the format's defaults.
 */
final class OperationLinker {
  private static final List<String> AUTH_MODES = List.of("none", "optional", "required");
  private static final String DEFAULT_NEXT = "_links.next";

  private final LinkContext context;
  private final Diagnostics diagnostics;
  private final ParamLinker paramLinker;
  private final ExampleLinker exampleLinker;

  OperationLinker(LinkContext context) {
    this.context = context;
    this.diagnostics = context.diagnostics();
    this.paramLinker = new ParamLinker(context.types(), context.enums(), diagnostics);
    this.exampleLinker = new ExampleLinker(context);
  }

  /** The linked operation, or {@code null} when it has errors (all of them reported). */
  Operation link(String resource, Raw.OperationDef op) {
    String id = resource + "." + op.name().value();
    int before = diagnostics.count();
    Names.MEMBER.check(op.name(), "operation", diagnostics);
    HttpLine http = op.http() == null ? null : HttpLine.parse(op.http(), diagnostics);
    List<Param> params = params(op);
    if (http != null) {
      checkPathParams(http, op);
    }
    List<String> scopes = scopes(op);
    AuthMode auth = auth(op, scopes);
    Optional<Body> body = body(op, params);
    Optional<String> returns = op.returns() == null ? Optional.empty() : returns(op.returns(), id);
    int status = status(op, returns);
    Optional<Paging> paging = op.paging() == null ? Optional.empty() : paging(op.paging(), op.returns() != null, returns, params);
    List<Example> examples =
        exampleLinker.link(op.examples(), new ExampleLinker.Target(id, params, body, op.returns() != null, returns, status));
    if (http == null || op.summary() == null || diagnostics.count() > before) {
      return null;
    }
    boolean idempotent = op.idempotent() != null ? op.idempotent().value() : idempotentByDefault(http.method());
    return new Operation(resource, op.name().value(), op.summary().value(), ModelLinker.text(op.description()),
        ModelLinker.text(op.docs()), http.method(), http.path(), auth, scopes, params, body,
        returns.map(OperationLinker::returnsType), status,
        paging, idempotent, ModelLinker.flag(op.notImplemented()), examples, op.location());
  }

  /** FORMAT.md: GET, PUT and DELETE are safe to retry; POST and PATCH are not. */
  private static boolean idempotentByDefault(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.PUT || method == HttpMethod.DELETE;
  }

  private List<Param> params(Raw.OperationDef op) {
    List<Param> params = new ArrayList<>();
    Map<String, Location> wireNames = new HashMap<>();
    for (Raw.ParamDef p : op.params()) {
      wireNames.put(p.name().value(), p.location());
    }
    for (Raw.ParamDef p : op.params()) {
      for (Located<String> alias : p.aliases()) {
        if (wireNames.putIfAbsent(alias.value(), alias.location()) != null) {
          diagnostics.error("duplicate-name", alias.location(), "alias '" + alias.value() + "' of param '"
              + p.name().value() + "' is already the name or alias of another param");
        }
      }
      Param linked = paramLinker.link(p);
      if (linked != null) {
        params.add(linked);
      }
    }
    return params;
  }

  private void checkPathParams(HttpLine http, Raw.OperationDef op) {
    Map<String, Raw.ParamDef> declared = new LinkedHashMap<>();
    for (Raw.ParamDef p : op.params()) {
      declared.putIfAbsent(p.name().value(), p);
    }
    for (String name : http.pathParams()) {
      Optional<Raw.ParamDef> param = Optional.ofNullable(declared.get(name));
      if (param.isEmpty()) {
        diagnostics.error("path-param-missing", op.http().location(), "path parameter '{" + name + "}' of '"
            + op.http().value() + "' is not declared in params" + NameSuggester.hint(name, declared.keySet()));
      } else if (param.get().in() != null && !param.get().in().value().equals("path")) {
        diagnostics.error("path-param-missing", param.get().in().location(), "param '" + name
            + "' appears in the path template '" + http.path() + "' but is declared 'in: "
            + param.get().in().value() + "'");
      }
    }
    Set<String> inTemplate = new HashSet<>(http.pathParams());
    for (Raw.ParamDef p : op.params()) {
      if (p.in() != null && p.in().value().equals("path") && !inTemplate.contains(p.name().value())) {
        diagnostics.error("path-param-unused", p.location(), "path param '" + p.name().value()
            + "' does not appear in the path template '" + http.path() + "'");
      }
    }
  }

  private List<String> scopes(Raw.OperationDef op) {
    Set<String> out = new LinkedHashSet<>();
    for (Located<String> scope : op.scopes()) {
      if (!context.scopes().contains(scope.value())) {
        diagnostics.error("unknown-scope", scope.location(), "unknown scope '" + scope.value() + "'"
            + NameSuggester.hint(scope.value(), context.scopes()));
      } else if (!out.add(scope.value())) {
        diagnostics.error("duplicate-name", scope.location(), "scope '" + scope.value() + "' is listed twice");
      }
    }
    return List.copyOf(out);
  }

  private AuthMode auth(Raw.OperationDef op, List<String> scopes) {
    boolean hasScopes = !op.scopes().isEmpty();
    if (op.auth() == null) {
      return hasScopes ? AuthMode.REQUIRED : AuthMode.NONE;
    }
    String mode = Choices.choose(op.auth(), AUTH_MODES, "'auth'", diagnostics);
    if (mode == null) {
      return AuthMode.NONE;
    }
    if (mode.equals("none") && hasScopes) {
      diagnostics.error("invalid-value", op.auth().location(),
          "an operation with scopes cannot have 'auth: none'; scopes need a token");
    }
    return AuthMode.valueOf(mode.toUpperCase(Locale.ROOT));
  }

  private Optional<Body> body(Raw.OperationDef op, List<Param> params) {
    Raw.BodyDef body = op.body();
    if (body == null) {
      return Optional.empty();
    }
    if (op.params().stream().anyMatch(p -> p.in() != null && p.in().value().equals("form"))) {
      diagnostics.error("invalid-value", body.location(),
          "an operation cannot have both form params and a json 'body'");
    }
    if (body.wrap() != null) {
      Names.WIRE.check(body.wrap(), "wrap key", diagnostics);
    }
    if (body.model() == null || !context.checkModelRef(body.model(), "'body.model'")) {
      return Optional.empty();
    }
    return Optional.of(new Body(body.model().value(), ModelLinker.text(body.wrap())));
  }

  /**
   * A model name, or {@code list<Model>} for a bare JSON array response; the linked model
   * keeps that spelling (see {@link #listElement}).
   */
  private Optional<String> returns(Located<String> ref, String id) {
    String what = "'returns' of operation '" + id + "'";
    if (!ref.value().strip().startsWith("list<")) {
      return context.checkModelRef(ref, what) ? Optional.of(ref.value()) : Optional.empty();
    }
    TypeRef type = context.types().resolve(ref);
    if (type == null) {
      return Optional.empty();
    }
    if (!(type instanceof TypeRef.ListOf list && list.element() instanceof TypeRef.ModelRef)) {
      diagnostics.error("invalid-value", ref.location(),
          what + " must be a model name or list<Model>, not '" + type.spelling() + "'");
      return Optional.empty();
    }
    return Optional.of(type.spelling());
  }

  /** The linked type of a checked returns spelling. */
  private static TypeRef returnsType(String returns) {
    String element = listElement(returns);
    return element == null ? new TypeRef.ModelRef(returns) : new TypeRef.ListOf(new TypeRef.ModelRef(element));
  }

  /** The model of a {@code list<Model>} returns spelling, or {@code null} for a plain model. */
  static String listElement(String returns) {
    return returns.startsWith("list<") ? returns.substring(5, returns.length() - 1) : null;
  }

  private int status(Raw.OperationDef op, Optional<String> returns) {
    boolean hasReturns = op.returns() != null;
    if (op.status() == null) {
      return hasReturns ? 200 : 204;
    }
    int status = op.status().value();
    if (status < 200 || status > 299) {
      diagnostics.error("invalid-value", op.status().location(),
          "invalid status " + status + "; the success status must be 200-299");
    } else if (status == 204 && hasReturns) {
      diagnostics.error("invalid-value", op.status().location(),
          "status 204 has no body, but the operation returns '" + op.returns().value() + "'");
    }
    return status;
  }

  private Optional<Paging> paging(
      Raw.PagingDef pg, boolean returnsDeclared, Optional<String> returns, List<Param> params) {
    if (pg.style() != null) {
      Choices.choose(pg.style(), List.of("offset"), "paging 'style'", diagnostics);
    }
    String limit = pagingParam(pg.limit(), params);
    String offset = pagingParam(pg.offset(), params);
    if (returns.isEmpty()) {
      if (!returnsDeclared) {
        diagnostics.error("invalid-value", pg.location(),
            "paging needs 'returns': the page items are read from the response model");
      }
      return Optional.empty(); // an unknown returns model is reported where it is named
    }
    if (listElement(returns.get()) != null) {
      diagnostics.error("invalid-value", pg.location(),
          "paging needs a model as 'returns', not '" + returns.get() + "'");
      return Optional.empty();
    }
    Model model = context.models().get(returns.get());
    String items = null;
    if (pg.items() != null) {
      Field field = field(model, pg.items());
      if (field != null && !(field.type() instanceof TypeRef.ListOf)) {
        diagnostics.error("invalid-value", pg.items().location(), "paging 'items' must be a list field, but '"
            + field.name() + "' of model '" + model.name() + "' is " + field.type().spelling());
      } else if (field != null) {
        items = field.name();
      }
    }
    Located<String> next = pg.next() != null ? pg.next() : new Located<>(DEFAULT_NEXT, pg.location());
    List<String> nextPath = nextPath(next, model);
    if (items == null || limit == null || offset == null || nextPath == null) {
      return Optional.empty();
    }
    return Optional.of(new Paging(items, limit, offset, nextPath));
  }

  private String pagingParam(Located<String> name, List<Param> params) {
    if (name == null) {
      return null;
    }
    Optional<Param> param = params.stream().filter(p -> p.name().equals(name.value())).findFirst();
    if (param.isEmpty()) {
      diagnostics.error("unknown-param", name.location(), "paging refers to param '" + name.value()
          + "', which is not declared" + NameSuggester.hint(name.value(), params.stream().map(Param::name).toList()));
      return null;
    }
    Param p = param.get();
    if (p.in() != ParamIn.QUERY || !(TypeResolver.isScalar(p.type(), TypeRef.Scalar.INT32)
        || TypeResolver.isScalar(p.type(), TypeRef.Scalar.INT64))) {
      diagnostics.error("invalid-value", name.location(), "paging param '" + name.value()
          + "' must be an int32 or int64 query param");
      return null;
    }
    return p.name();
  }

  /**
   * Resolves the dotted {@code next} path through the response: a segment names a field of a
   * model, or any key of a {@code map<…>}; the path must end at a url (or string) value.
   */
  private List<String> nextPath(Located<String> next, Model start) {
    List<String> path = Arrays.asList(next.value().split("\\.", -1));
    TypeRef current = new TypeRef.ModelRef(start.name());
    String through = "model '" + start.name() + "'";
    for (String segment : path) {
      if (segment.isEmpty()) {
        diagnostics.error("invalid-value", next.location(),
            "paging 'next' '" + next.value() + "' is not a dotted path of field names");
        return null;
      }
      if (current instanceof TypeRef.ModelRef ref) {
        Field field = field(context.models().get(ref.name()), new Located<>(segment, next.location()));
        if (field == null) {
          return null;
        }
        current = field.type();
      } else if (current instanceof TypeRef.MapOf map) {
        current = map.value();
      } else {
        diagnostics.error("invalid-value", next.location(), "paging 'next' cannot go into '" + segment + "': "
            + through + " is " + current.spelling() + ", not a model or map");
        return null;
      }
      through = "'" + segment + "'";
    }
    if (!TypeResolver.isScalar(current, TypeRef.Scalar.URL) && !TypeResolver.isScalar(current, TypeRef.Scalar.STRING)) {
      diagnostics.error("invalid-value", next.location(),
          "paging 'next' must end at a url, but " + through + " is " + current.spelling());
      return null;
    }
    return List.copyOf(path);
  }

  private Field field(Model model, Located<String> name) {
    Optional<Field> field = model.fields().stream().filter(f -> f.name().equals(name.value())).findFirst();
    if (field.isEmpty()) {
      diagnostics.error("unknown-field", name.location(), "model '" + model.name() + "' has no field '"
          + name.value() + "'" + NameSuggester.hint(name.value(), model.fields().stream().map(Field::name).toList()));
      return null;
    }
    return field.get();
  }
}
