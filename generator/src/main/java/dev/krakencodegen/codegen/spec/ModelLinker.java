package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links enums and models: resolves field types, checks formats, and flattens {@code includes}
 * (included fields first, in order), reporting unknown includes, cycles and fields defined
 * twice.
 */
final class ModelLinker {
  private final Map<String, Raw.ModelDef> raw;
  private final Set<String> enumNames;
  private final TypeResolver types;
  private final Diagnostics diagnostics;
  private final Map<String, List<Field>> ownFields = new LinkedHashMap<>();
  private final Map<String, List<Field>> flattened = new LinkedHashMap<>();
  private final Set<String> uncheckedFields = new HashSet<>();

  ModelLinker(Map<String, Raw.ModelDef> raw, Set<String> enumNames, TypeResolver types, Diagnostics diagnostics) {
    this.raw = raw;
    this.enumNames = enumNames;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  static Map<String, EnumType> linkEnums(List<Raw.EnumDef> enums, Diagnostics diagnostics) {
    Map<String, EnumType> out = new LinkedHashMap<>();
    for (Raw.EnumDef e : enums) {
      Set<String> values = new LinkedHashSet<>(); // a set: enums may have very many values
      for (Located<String> v : e.values()) {
        if (v.value().isEmpty()) {
          diagnostics.error("invalid-value", v.location(), "enum values must not be empty strings");
        } else if (!values.add(v.value())) {
          diagnostics.error("duplicate-name", v.location(),
              "duplicate value '" + v.value() + "' in enum '" + e.name().value() + "'");
        }
      }
      if (e.values().isEmpty()) {
        diagnostics.error("invalid-value", e.location(), "enum '" + e.name().value() + "' needs at least one value");
      }
      out.put(e.name().value(), new EnumType(e.name().value(), text(e.description()), List.copyOf(values), e.location()));
    }
    return out;
  }

  /** Links every model, in declaration order. */
  Map<String, Model> link() {
    for (Raw.ModelDef m : raw.values()) {
      ownFields.put(m.name().value(), ownFields(m));
    }
    Map<String, Model> out = new LinkedHashMap<>();
    for (Raw.ModelDef m : raw.values()) {
      Set<String> includes = new LinkedHashSet<>();
      for (Located<String> inc : m.includes()) {
        if (checkInclude(inc, m)) {
          includes.add(inc.value());
        }
      }
      List<Field> fields = flatten(m.name().value(), new ArrayDeque<>());
      out.put(m.name().value(), new Model(m.name().value(), text(m.description()), text(m.docs()),
          List.copyOf(includes), fields, m.location()));
    }
    return out;
  }

  /**
   * "Model.field" of fields whose type did not resolve: their example values are not
   * checked, so one typo does not cascade into an error on every example.
   */
  Set<String> uncheckedFields() {
    return uncheckedFields;
  }

  private boolean checkInclude(Located<String> inc, Raw.ModelDef owner) {
    if (raw.containsKey(inc.value())) {
      return true;
    }
    if (enumNames.contains(inc.value())) {
      diagnostics.error("invalid-value", inc.location(), "model '" + owner.name().value() + "' cannot include enum '"
          + inc.value() + "'; includes name models");
    } else {
      diagnostics.error("unknown-model", inc.location(),
          "unknown model '" + inc.value() + "'" + NameSuggester.hint(inc.value(), raw.keySet()));
    }
    return false;
  }

  private List<Field> flatten(String name, Deque<String> stack) {
    List<Field> done = flattened.get(name);
    if (done != null) {
      return done;
    }
    stack.push(name);
    Map<String, String> origin = new LinkedHashMap<>(); // field name -> model it came from
    List<Field> fields = new ArrayList<>();
    for (Located<String> inc : raw.get(name).includes()) {
      if (!raw.containsKey(inc.value())) {
        continue; // reported by checkInclude
      }
      if (stack.contains(inc.value())) {
        List<String> path = new ArrayList<>(stack);
        Collections.reverse(path);
        path = path.subList(path.indexOf(inc.value()), path.size());
        diagnostics.error("include-cycle", inc.location(),
            "include cycle: " + String.join(" -> ", path) + " -> " + inc.value());
        continue;
      }
      if (stack.size() >= SpecLimits.MAX_DEPTH) {
        diagnostics.error("too-deep", inc.location(),
            "includes nest deeper than the limit of " + SpecLimits.MAX_DEPTH + " levels");
        continue;
      }
      for (Field f : flatten(inc.value(), stack)) {
        String previous = origin.putIfAbsent(f.name(), inc.value());
        if (previous == null) {
          fields.add(f);
        } else {
          diagnostics.error("duplicate-field", inc.location(), "field '" + f.name() + "' of included model '"
              + inc.value() + "' is also defined by included model '" + previous + "'");
        }
      }
    }
    for (Field f : ownFields.get(name)) {
      String previous = origin.putIfAbsent(f.name(), name);
      if (previous == null) {
        fields.add(f);
      } else {
        diagnostics.error("duplicate-field", f.location(),
            "field '" + f.name() + "' of model '" + name + "' is already defined by included model '" + previous + "'");
      }
    }
    stack.pop();
    List<Field> result = List.copyOf(fields);
    flattened.put(name, result);
    return result;
  }

  private List<Field> ownFields(Raw.ModelDef m) {
    String model = m.name().value();
    List<Field> out = new ArrayList<>();
    for (Raw.FieldDef f : m.fields()) {
      Names.WIRE.check(f.name(), "field", diagnostics);
      TypeRef type = f.type() == null ? null : types.resolve(f.type());
      if (type == null) {
        uncheckedFields.add(model + "." + f.name().value());
        continue;
      }
      out.add(new Field(f.name().value(), type, flag(f.nullable()), flag(f.optional()), format(f, type, model),
          flag(f.sensitive()), text(f.description()), f.location()));
    }
    return out;
  }

  private Optional<String> format(Raw.FieldDef f, TypeRef type, String model) {
    boolean timestamp = TypeResolver.isScalar(TypeResolver.leaf(type), TypeRef.Scalar.TIMESTAMP);
    if (f.format() == null) {
      return timestamp ? Optional.of(TimestampFormat.ISO8601) : Optional.empty();
    }
    if (!timestamp) {
      diagnostics.error("invalid-value", f.format().location(), "'format' is only allowed for timestamp fields; field '"
          + f.name().value() + "' of model '" + model + "' is " + type.spelling());
      return Optional.empty();
    }
    String problem = TimestampFormat.problem(f.format().value());
    if (problem != null) {
      diagnostics.error("invalid-value", f.format().location(), "invalid timestamp format '" + f.format().value()
          + "': " + problem + "; use iso8601 or a java.time pattern");
    }
    return Optional.of(f.format().value());
  }

  static boolean flag(Located<Boolean> value) {
    return value != null && value.value();
  }

  static Optional<String> text(Located<String> value) {
    return value == null ? Optional.empty() : Optional.of(value.value());
  }
}
