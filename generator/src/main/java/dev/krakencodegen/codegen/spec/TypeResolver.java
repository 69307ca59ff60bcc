package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Parses type spellings ({@code int64}, {@code list<Team>}, {@code map<list<string>>}) and
 * resolves names against the spec's models and enums. Parsing peels {@code list<…>} and
 * {@code map<…>} iteratively, so a hostile spelling cannot overflow the stack.
 */
final class TypeResolver {
  private final Set<String> models;
  private final Set<String> enums;
  private final Diagnostics diagnostics;

  /** Model and enum names in declaration order (for deterministic suggestions). */
  TypeResolver(Set<String> models, Set<String> enums, Diagnostics diagnostics) {
    this.models = models;
    this.enums = enums;
    this.diagnostics = diagnostics;
  }

  /** The resolved type, or {@code null} after reporting why it is not one. */
  TypeRef resolve(Located<String> spelling) {
    Deque<Boolean> wrappers = new ArrayDeque<>(); // true = list, false = map
    String s = spelling.value().strip();
    while (true) {
      boolean list = s.startsWith("list<");
      boolean map = s.startsWith("map<");
      if (!list && !map) {
        break;
      }
      if (!s.endsWith(">")) {
        return malformed(spelling, "missing '>'");
      }
      wrappers.push(list);
      s = s.substring(list ? 5 : 4, s.length() - 1).strip();
      if (wrappers.size() > SpecLimits.MAX_DEPTH) {
        return malformed(spelling, "nested deeper than " + SpecLimits.MAX_DEPTH + " levels");
      }
    }
    if (!s.matches("[A-Za-z][A-Za-z0-9_]*")) {
      return malformed(spelling, s.isEmpty() ? "missing element type" : "unexpected '" + s + "'");
    }
    TypeRef type = named(s, spelling);
    if (type == null) {
      return null;
    }
    while (!wrappers.isEmpty()) {
      type = wrappers.pop() ? new TypeRef.ListOf(type) : new TypeRef.MapOf(type);
    }
    return type;
  }

  private TypeRef named(String name, Located<String> spelling) {
    for (TypeRef.Scalar scalar : TypeRef.Scalar.values()) {
      if (scalar.spelling().equals(name)) {
        return new TypeRef.Primitive(scalar);
      }
    }
    if (models.contains(name)) {
      return new TypeRef.ModelRef(name);
    }
    if (enums.contains(name)) {
      return new TypeRef.EnumRef(name);
    }
    List<String> candidates = new ArrayList<>();
    for (TypeRef.Scalar scalar : TypeRef.Scalar.values()) {
      candidates.add(scalar.spelling());
    }
    candidates.addAll(models);
    candidates.addAll(enums);
    String where = name.equals(spelling.value()) ? "" : " in '" + spelling.value() + "'";
    diagnostics.error("unknown-type", spelling.location(),
        "unknown type '" + name + "'" + where + NameSuggester.hint(name, candidates));
    return null;
  }

  private TypeRef malformed(Located<String> spelling, String why) {
    diagnostics.error("invalid-type", spelling.location(), "malformed type '" + spelling.value() + "': " + why
        + "; types are a scalar, a model or enum name, list<T> or map<T>");
    return null;
  }

  /** The innermost element type: {@code Team} for {@code map<list<Team>>}. */
  static TypeRef leaf(TypeRef type) {
    TypeRef t = type;
    while (true) {
      if (t instanceof TypeRef.ListOf l) {
        t = l.element();
      } else if (t instanceof TypeRef.MapOf m) {
        t = m.value();
      } else {
        return t;
      }
    }
  }

  static boolean isScalar(TypeRef type, TypeRef.Scalar scalar) {
    return type instanceof TypeRef.Primitive p && p.scalar() == scalar;
  }
}
