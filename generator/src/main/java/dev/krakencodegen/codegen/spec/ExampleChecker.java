package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.TypeRef;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JSON value written in the spec against a linked type: unknown and missing fields,
 * JSON types, nulls, integer ranges, absolute URLs, timestamps in their declared format and
 * enum values. Every error points at the offending value or key. Recursion follows the value,
 * which the YAML depth limit bounds.
 */
final class ExampleChecker {
  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private static final int MAX_LISTED_VALUES = 20;

  private final Map<String, Model> models;
  private final Map<String, EnumType> enums;
  private final Set<String> uncheckedFields;
  private final Diagnostics diagnostics;
  // Lookups built once per model and enum: an example may have very many members or values.
  private final Map<String, Map<String, Field>> fieldsByModel = new HashMap<>();
  private final Map<String, Set<String>> valuesByEnum = new HashMap<>();

  /**
   * @param uncheckedFields "Model.field" of fields whose type did not resolve; values for them
   *     are not checked, so one typo in a type does not cascade into every example
   */
  ExampleChecker(
      Map<String, Model> models, Map<String, EnumType> enums, Set<String> uncheckedFields, Diagnostics diagnostics) {
    this.models = models;
    this.enums = enums;
    this.uncheckedFields = uncheckedFields;
    this.diagnostics = diagnostics;
  }

  /** Checks an object against a model; {@code what} names the value in messages. */
  void checkModel(RawJson value, String modelName, String what) {
    check(value, new TypeRef.ModelRef(modelName), false, Optional.empty(), what);
  }

  /**
   * @param format the timestamp format for timestamp leaves (default iso8601)
   * @param what names the value in messages, e.g. "field 'name' of model 'User'"
   */
  void check(RawJson value, TypeRef type, boolean nullable, Optional<String> format, String what) {
    if (value instanceof RawJson.Null) {
      if (!nullable) {
        diagnostics.error("example-null", value.location(), "null is not allowed for " + what + " (not nullable)");
      }
      return;
    }
    if (type instanceof TypeRef.Primitive p) {
      checkScalar(value, p.scalar(), format, what);
    } else if (type instanceof TypeRef.EnumRef e) {
      checkEnum(value, enums.get(e.name()), what);
    } else if (type instanceof TypeRef.ListOf l) {
      if (value instanceof RawJson.Arr arr) {
        for (int i = 0; i < arr.items().size(); i++) {
          check(arr.items().get(i), l.element(), false, format, "item " + i + " of " + what);
        }
      } else {
        wrongType(value, type, what);
      }
    } else if (type instanceof TypeRef.MapOf m) {
      if (value instanceof RawJson.Obj obj) {
        for (RawJson.Member member : obj.members()) {
          check(member.value(), m.value(), false, format, "entry '" + member.key() + "' of " + what);
        }
      } else {
        wrongType(value, type, what);
      }
    } else if (type instanceof TypeRef.ModelRef r) {
      if (value instanceof RawJson.Obj obj) {
        checkObject(obj, models.get(r.name()), what);
      } else {
        wrongType(value, type, what);
      }
    }
  }

  private void checkObject(RawJson.Obj obj, Model model, String what) {
    Map<String, Field> fields = fieldsByModel.computeIfAbsent(model.name(), n -> {
      Map<String, Field> byName = new LinkedHashMap<>();
      model.fields().forEach(f -> byName.putIfAbsent(f.name(), f));
      return byName;
    });
    Set<String> seen = new HashSet<>();
    for (RawJson.Member member : obj.members()) {
      Optional<Field> field = Optional.ofNullable(fields.get(member.key()));
      if (field.isEmpty()) {
        if (uncheckedFields.contains(model.name() + "." + member.key())) {
          continue;
        }
        diagnostics.error("example-unknown-field", member.keyLocation(), "unknown field '" + member.key()
            + "' in " + what + " (model '" + model.name() + "')" + NameSuggester.hint(member.key(), fields.keySet()));
        continue;
      }
      seen.add(member.key());
      Field f = field.get();
      check(member.value(), f.type(), f.nullable(), f.timestampFormat(),
          "field '" + f.name() + "' of model '" + model.name() + "'");
    }
    for (Field f : model.fields()) {
      if (!f.optional() && !seen.contains(f.name())) {
        diagnostics.error("example-missing-field", obj.location(), "missing field '" + f.name() + "' in " + what
            + " (model '" + model.name() + "'; mark the field optional if it may be absent)");
      }
    }
  }

  private void checkScalar(RawJson value, TypeRef.Scalar scalar, Optional<String> format, String what) {
    switch (scalar) {
      case STRING -> expect(value instanceof RawJson.Str, value, scalar, what);
      case BOOLEAN -> expect(value instanceof RawJson.Bool, value, scalar, what);
      case FLOAT64 -> expect(value instanceof RawJson.Int || value instanceof RawJson.Num, value, scalar, what);
      case INT64 -> {
        if (expect(value instanceof RawJson.Int, value, scalar, what) && ((RawJson.Int) value).value().bitLength() > 63) {
          outOfRange(value, scalar, what);
        }
      }
      case INT32 -> {
        if (expect(value instanceof RawJson.Int, value, scalar, what)) {
          BigInteger n = ((RawJson.Int) value).value();
          if (n.compareTo(INT32_MIN) < 0 || n.compareTo(INT32_MAX) > 0) {
            outOfRange(value, scalar, what);
          }
        }
      }
      case URL -> {
        if (expect(value instanceof RawJson.Str, value, scalar, what)
            && Urls.absolute(((RawJson.Str) value).value()) == null) {
          diagnostics.error("example-bad-url", value.location(),
              "'" + ((RawJson.Str) value).value() + "' of " + what + " is not an absolute url");
        }
      }
      case TIMESTAMP -> {
        if (expect(value instanceof RawJson.Str, value, scalar, what)) {
          String f = format.orElse(TimestampFormat.ISO8601);
          String text = ((RawJson.Str) value).value();
          if (!TimestampFormat.parses(f, text)) {
            diagnostics.error("bad-timestamp", value.location(),
                "timestamp '" + text + "' of " + what + " does not match format '" + f + "'");
          }
        }
      }
    }
  }

  private void checkEnum(RawJson value, EnumType enumType, String what) {
    if (!(value instanceof RawJson.Str str)) {
      wrongType(value, new TypeRef.EnumRef(enumType.name()), what);
      return;
    }
    Set<String> values = valuesByEnum.computeIfAbsent(enumType.name(), n -> new HashSet<>(enumType.values()));
    if (!values.contains(str.value())) {
      diagnostics.error("example-bad-enum", value.location(), "'" + str.value() + "' of " + what
          + " is not a value of enum '" + enumType.name() + "' (" + listed(enumType.values()) + ")"
          + NameSuggester.hint(str.value(), enumType.values()));
    }
  }

  /** The values of an enum for a message; a huge enum is counted, not listed. */
  private static String listed(List<String> values) {
    return values.size() <= MAX_LISTED_VALUES
        ? String.join(", ", values)
        : String.join(", ", values.subList(0, MAX_LISTED_VALUES)) + ", … " + values.size() + " values in all";
  }

  private boolean expect(boolean ok, RawJson value, TypeRef.Scalar scalar, String what) {
    if (!ok) {
      wrongType(value, new TypeRef.Primitive(scalar), what);
    }
    return ok;
  }

  private void wrongType(RawJson value, TypeRef type, String what) {
    diagnostics.error("example-wrong-type", value.location(),
        "expected " + expected(type) + " for " + what + ", got " + value.kind() + shown(value));
  }

  private void outOfRange(RawJson value, TypeRef.Scalar scalar, String what) {
    diagnostics.error("example-wrong-type", value.location(),
        "value " + ((RawJson.Int) value).value() + " of " + what + " is out of range for " + scalar.spelling());
  }

  private static String expected(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.scalar()) {
        case STRING -> "a string";
        case INT32, INT64 -> "an integer (" + p.scalar().spelling() + ")";
        case FLOAT64 -> "a number";
        case BOOLEAN -> "a boolean";
        case URL -> "a url string";
        case TIMESTAMP -> "a timestamp string";
      };
    }
    if (type instanceof TypeRef.ListOf) {
      return "an array (" + type.spelling() + ")";
    }
    if (type instanceof TypeRef.EnumRef) {
      return "a string (enum " + type.spelling() + ")";
    }
    return "an object (" + type.spelling() + ")";
  }

  private static String shown(RawJson value) {
    if (value instanceof RawJson.Str s) {
      String text = s.value().length() > 40 ? s.value().substring(0, 40) + "…" : s.value();
      return " '" + text + "'";
    }
    if (value instanceof RawJson.Int i) {
      return " " + i.value();
    }
    if (value instanceof RawJson.Num n) {
      return " " + n.value();
    }
    if (value instanceof RawJson.Bool b) {
      return " " + b.value();
    }
    return "";
  }
}
