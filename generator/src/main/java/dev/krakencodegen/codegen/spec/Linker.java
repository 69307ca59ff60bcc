package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.Auth;
import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Resource;
import dev.krakencodegen.codegen.model.Scope;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only builder of the linked model: resolves every name in the raw tree, applies the
 * format's defaults and checks the rules between elements, delegating each element kind to
 * its own linker. Returns a model only when no pass found an error, so everything
 * downstream may assume a valid spec.
 */
final class Linker {
  private final Diagnostics diagnostics;
  private final String specFileName;

  Linker(String specFileName, Diagnostics diagnostics) {
    this.specFileName = specFileName;
    this.diagnostics = diagnostics;
  }

  /** The linked model, or {@code null} when any error was reported (by this or earlier passes). */
  Api link(Raw.Spec spec) {
    Map<String, Raw.ModelDef> rawModels = new LinkedHashMap<>();
    for (Raw.ModelDef m : spec.models()) {
      Names.TYPE.check(m.name(), "model", diagnostics);
      rawModels.put(m.name().value(), m);
    }
    LinkedHashSet<String> enumNames = new LinkedHashSet<>();
    for (Raw.EnumDef e : spec.enums()) {
      Names.TYPE.check(e.name(), "enum", diagnostics);
      enumNames.add(e.name().value());
      if (rawModels.containsKey(e.name().value())) {
        diagnostics.error("duplicate-name", e.location(), "enum '" + e.name().value()
            + "' has the same name as a model (line " + rawModels.get(e.name().value()).location().line() + ")");
      }
    }
    Map<String, EnumType> enums = ModelLinker.linkEnums(spec.enums(), diagnostics);
    TypeResolver types = new TypeResolver(new LinkedHashSet<>(rawModels.keySet()), enumNames, diagnostics);
    ModelLinker modelLinker = new ModelLinker(rawModels, enumNames, types, diagnostics);
    Map<String, Model> models = modelLinker.link();
    List<Scope> scopes = scopes(spec.scopes());

    Set<String> scopeNames = new LinkedHashSet<>();
    scopes.forEach(s -> scopeNames.add(s.name()));
    LinkContext context = new LinkContext(models, enums, scopeNames,
        Optional.empty(), types, new ExampleChecker(models, enums, modelLinker.uncheckedFields(), diagnostics),
        diagnostics);
    Raw.Api api = spec.api();
    if (api != null && api.errorModel() != null && context.checkModelRef(api.errorModel(), "api.errorModel")) {
      context = context.withErrorModel(api.errorModel().value());
    }
    List<Resource> resources = new ArrayList<>();
    List<String> operationIds = new ArrayList<>();
    Map<String, Operation> linkedOperations = new HashMap<>();
    OperationLinker operationLinker = new OperationLinker(context);
    for (Raw.Resource r : spec.resources()) {
      Names.MEMBER.check(r.name(), "resource", diagnostics);
      List<Operation> operations = new ArrayList<>();
      for (Raw.OperationDef o : r.operations()) {
        String id = r.name().value() + "." + o.name().value();
        operationIds.add(id);
        Operation linked = operationLinker.link(r.name().value(), o);
        if (linked != null) {
          operations.add(linked);
          linkedOperations.put(id, linked);
        }
      }
      resources.add(new Resource(r.name().value(), ModelLinker.text(r.description()), ModelLinker.text(r.docs()),
          List.copyOf(operations), r.location()));
    }
    checkDuplicateEndpoints(resources);
    Auth auth = new AuthLinker(diagnostics, models).link(spec.auth(), operationIds, linkedOperations);
    IdentityParts identity = api == null ? null : identity(api);
    if (diagnostics.hasErrors() || identity == null) {
      return null;
    }
    return new Api(specFileName, api.name().value(), api.title().value(), api.version().value(), identity.baseUrl(),
        api.mediaType().value(), api.javaPackage().value(), ModelLinker.text(api.docsUrl()),
        ModelLinker.text(api.description()), context.errorModel(), auth, scopes, List.copyOf(enums.values()),
        List.copyOf(models.values()), List.copyOf(resources), spec.location());
  }

  private record IdentityParts(URI baseUrl) {}

  /** Checks the {@code api} section; {@code null} when a required part is missing or wrong. */
  private IdentityParts identity(Raw.Api api) {
    Names.TYPE.check(api.name(), "api", diagnostics);
    URI baseUrl = null;
    if (api.baseUrl() != null) {
      baseUrl = Urls.absoluteHttp(api.baseUrl().value());
      if (baseUrl == null) {
        diagnostics.error("invalid-value", api.baseUrl().location(),
            "api.baseUrl must be an absolute http(s) url, got '" + api.baseUrl().value() + "'");
      }
    }
    if (api.docsUrl() != null && Urls.absoluteHttp(api.docsUrl().value()) == null) {
      diagnostics.error("invalid-value", api.docsUrl().location(),
          "api.docsUrl must be an absolute http(s) url, got '" + api.docsUrl().value() + "'");
    }
    if (api.mediaType() != null && !api.mediaType().value().matches("[^/\\s]+/[^/\\s]+")) {
      diagnostics.error("invalid-value", api.mediaType().location(),
          "api.mediaType must be a media type such as 'application/json', got '" + api.mediaType().value() + "'");
    }
    if (api.javaPackage() != null && !Names.isJavaPackage(api.javaPackage().value())) {
      diagnostics.error("invalid-name", api.javaPackage().location(), "api.javaPackage '"
          + api.javaPackage().value() + "' is not a valid java package name (dot-separated identifiers, no keywords)");
    }
    boolean complete = api.name() != null && api.title() != null && api.version() != null
        && api.mediaType() != null && api.javaPackage() != null && baseUrl != null;
    return complete ? new IdentityParts(baseUrl) : null;
  }

  private List<Scope> scopes(List<Raw.Scope> raw) {
    List<Scope> out = new ArrayList<>();
    for (Raw.Scope s : raw) {
      Names.MEMBER.check(s.name(), "scope", diagnostics);
      out.add(new Scope(s.name().value(), s.description().value(), s.location()));
    }
    return List.copyOf(out);
  }

  /** Two operations on the same method and path (parameter names aside) would collide. */
  private void checkDuplicateEndpoints(List<Resource> resources) {
    Map<String, Operation> seen = new HashMap<>();
    for (Resource r : resources) {
      for (Operation op : r.operations()) {
        String shape = op.method() + " " + op.path().replaceAll("\\{[^}]*}", "{}");
        Operation first = seen.putIfAbsent(shape, op);
        if (first != null) {
          diagnostics.error("duplicate-operation", op.location(), "operation '" + op.id() + "' has the same endpoint '"
              + op.method() + " " + op.path() + "' as '" + first.id() + "' (line " + first.location().line() + ")");
        }
      }
    }
  }
}
