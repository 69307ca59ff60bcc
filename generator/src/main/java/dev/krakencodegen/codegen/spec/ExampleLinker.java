package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.Body;
import dev.krakencodegen.codegen.model.Example;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the examples of one operation and checks them: request parameters must be declared
 * params of the right place and type, the body must match the body model (under its wrap
 * key), and the response must match the returns model (success status) or the API's error
 * model (status 400 and up).
 */
final class ExampleLinker {
  /** The parts of an operation its examples are checked against. */
  record Target(
      String operationId,
      List<Param> params,
      Optional<Body> body,
      boolean returnsDeclared,
      Optional<String> returns,
      int status) {}

  private final LinkContext context;

  ExampleLinker(LinkContext context) {
    this.context = context;
  }

  List<Example> link(List<Raw.ExampleDef> examples, Target target) {
    List<Example> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Raw.ExampleDef ex : examples) {
      if (ex.name() != null && !names.add(ex.name().value())) {
        context.diagnostics().error("duplicate-name", ex.name().location(), "duplicate example name '"
            + ex.name().value() + "' in operation '" + target.operationId() + "'");
      }
      out.add(link(ex, target));
    }
    return out;
  }

  private Example link(Raw.ExampleDef ex, Target target) {
    String what = ex.name() == null ? "an example of '" + target.operationId() + "'"
        : "example '" + ex.name().value() + "' of '" + target.operationId() + "'";
    checkParams(ex.path(), ParamIn.PATH, target, what);
    checkParams(ex.query(), ParamIn.QUERY, target, what);
    checkParams(ex.form(), ParamIn.FORM, target, what);
    if (ex.body() != null) {
      checkBody(ex.body(), target, what);
    }
    int status = ex.status() == null ? target.status() : ex.status().value();
    if (ex.response() != null) {
      checkResponse(ex, status, target, what);
    }
    return new Example(ModelLinker.text(ex.name()), ModelLinker.text(ex.description()), plain(ex.path()),
        plain(ex.query()), plain(ex.form()), Optional.ofNullable(ex.body()).map(RawJson::toPlain), status,
        Optional.ofNullable(ex.response()).map(RawJson::toPlain), ex.location());
  }

  private void checkParams(RawJson.Obj values, ParamIn in, Target target, String what) {
    if (values == null) {
      return;
    }
    String where = in.name().toLowerCase(Locale.ROOT);
    Map<String, Param> declared = new LinkedHashMap<>(); // maps: both sides may be large
    Map<String, String> aliases = new HashMap<>(); // alias -> declared name
    for (Param p : target.params()) {
      if (p.in() == in) {
        declared.putIfAbsent(p.name(), p);
        p.aliases().forEach(a -> aliases.putIfAbsent(a, p.name()));
      }
    }
    for (RawJson.Member m : values.members()) {
      Optional<Param> param = Optional.ofNullable(declared.get(m.key()));
      if (param.isEmpty()) {
        // Examples use declared names only, so generated tests and docs have one spelling.
        String alias = Optional.ofNullable(aliases.get(m.key()))
            .map(n -> "; '" + m.key() + "' is an alias, use the declared name '" + n + "'")
            .orElseGet(() -> NameSuggester.hint(m.key(), declared.keySet()));
        context.diagnostics().error("example-unknown-param", m.keyLocation(), "'" + m.key() + "' in the request "
            + where + " of " + what + " is not a declared " + where + " param" + alias);
        continue;
      }
      context.checker().check(m.value(), param.get().type(), false, Optional.empty(),
          where + " param '" + m.key() + "' of " + what);
    }
  }

  private void checkBody(RawJson body, Target target, String what) {
    if (target.body().isEmpty()) {
      context.diagnostics().error("example-unexpected-body", body.location(),
          what + " has a request body, but the operation declares no 'body'");
      return;
    }
    Body declared = target.body().get();
    if (!context.models().containsKey(declared.model())) {
      return; // unknown model, reported where it is named
    }
    if (declared.wrap().isEmpty()) {
      context.checker().checkModel(body, declared.model(), "the request body of " + what);
      return;
    }
    String wrap = declared.wrap().get();
    if (!(body instanceof RawJson.Obj obj)) {
      context.diagnostics().error("example-wrong-type", body.location(), "expected an object with key '" + wrap
          + "' for the request body of " + what + ", got " + body.kind());
      return;
    }
    for (RawJson.Member m : obj.members()) {
      if (!m.key().equals(wrap)) {
        context.diagnostics().error("example-unknown-field", m.keyLocation(), "unknown key '" + m.key()
            + "' in the request body of " + what + "; the body is wrapped in '" + wrap + "'"
            + NameSuggester.hint(m.key(), List.of(wrap)));
      }
    }
    RawJson.Member inner = obj.member(wrap);
    if (inner == null) {
      context.diagnostics().error("example-missing-field", obj.location(),
          "missing wrap key '" + wrap + "' in the request body of " + what);
    } else {
      context.checker().checkModel(inner.value(), declared.model(), "the request body of " + what);
    }
  }

  private void checkResponse(Raw.ExampleDef ex, int status, Target target, String what) {
    RawJson response = ex.response();
    String against;
    if (status == target.status()) {
      if (target.returns().isEmpty()) {
        if (target.returnsDeclared()) {
          return; // an unknown returns model is reported where it is named
        }
        context.diagnostics().error("example-unexpected-response", response.location(), what
            + " has a response, but the operation declares no 'returns' model");
        return;
      }
      against = target.returns().get();
    } else if (status >= 400 && status <= 599) {
      if (context.errorModel().isEmpty()) {
        return; // nothing declared to check error bodies against
      }
      against = context.errorModel().get();
    } else {
      context.diagnostics().error("invalid-value", ex.status() == null ? ex.location() : ex.status().location(),
          "status " + status + " of " + what + " is neither the operation's status " + target.status()
              + " nor an error status (400-599)");
      return;
    }
    String element = OperationLinker.listElement(against);
    if (element != null) {
      context.checker().check(response, new TypeRef.ListOf(new TypeRef.ModelRef(element)), false, Optional.empty(),
          "the response of " + what);
    } else if (context.models().containsKey(against)) {
      context.checker().checkModel(response, against, "the response of " + what);
    }
  }

  private static Map<String, Object> plain(RawJson.Obj obj) {
    return obj == null ? Map.of() : obj.toPlain();
  }
}
