package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Model;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the operation-level linkers look things up in; built once the models are linked. */
record LinkContext(
    Map<String, Model> models,
    Map<String, EnumType> enums,
    Set<String> scopes,
    Optional<String> errorModel,
    TypeResolver types,
    ExampleChecker checker,
    Diagnostics diagnostics) {

  LinkContext withErrorModel(String model) {
    return new LinkContext(models, enums, scopes, Optional.of(model), types, checker, diagnostics);
  }

  /**
   * Checks a reference to a model (returns, body, errorModel): reports unknown names with a
   * suggestion, and enums where a model is needed. Returns whether it names a model.
   */
  boolean checkModelRef(Located<String> ref, String what) {
    if (models.containsKey(ref.value())) {
      return true;
    }
    if (ref.value().contains("<")) {
      diagnostics.error("invalid-value", ref.location(), what + " must name a model, not the type '" + ref.value()
          + "'; declare a model with a field of that type");
    } else if (enums.containsKey(ref.value())) {
      diagnostics.error("invalid-value", ref.location(),
          what + " must name a model, but '" + ref.value() + "' is an enum");
    } else {
      diagnostics.error("unknown-model", ref.location(),
          "unknown model '" + ref.value() + "'" + NameSuggester.hint(ref.value(), models.keySet()));
    }
    return false;
  }
}
