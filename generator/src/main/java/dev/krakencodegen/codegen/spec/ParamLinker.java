package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.ListStyle;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links one request parameter: where it goes, its type (a scalar, an enum or a list of
 * them), bounds, default, list style and the path-parameter rules.
 */
final class ParamLinker {
  private static final List<String> LOCATIONS = List.of("path", "query", "form");
  private static final List<String> STYLES = List.of("comma", "space");

  private final TypeResolver types;
  private final Map<String, EnumType> enums;
  private final Diagnostics diagnostics;

  ParamLinker(TypeResolver types, Map<String, EnumType> enums, Diagnostics diagnostics) {
    this.types = types;
    this.enums = enums;
    this.diagnostics = diagnostics;
  }

  /** The linked parameter, or {@code null} when its location or type is unusable. */
  Param link(Raw.ParamDef p) {
    String name = p.name().value();
    Names.WIRE.check(p.name(), "parameter", diagnostics);
    ParamIn in = null;
    if (p.in() != null && Choices.choose(p.in(), LOCATIONS, "'in' of param '" + name + "'", diagnostics) != null) {
      in = ParamIn.valueOf(p.in().value().toUpperCase(Locale.ROOT));
    }
    TypeRef type = p.type() == null ? null : types.resolve(p.type());
    if (type != null && !isParamType(type)) {
      diagnostics.error("invalid-value", p.type().location(), "invalid type '" + type.spelling() + "' for param '"
          + name + "'; params are a scalar, an enum or a list of them");
      type = null;
    }
    boolean required = ModelLinker.flag(p.required());
    if (in == ParamIn.PATH) {
      if (p.required() != null && !p.required().value()) {
        diagnostics.error("invalid-value", p.required().location(),
            "path param '" + name + "' cannot be 'required: false'; path parameters are always required");
      }
      required = true;
    }
    for (Located<String> alias : p.aliases()) {
      Names.WIRE.check(alias, "parameter alias", diagnostics);
    }
    ListStyle style = style(p, type);
    if (type == null) {
      checkBoundsPresence(p, null);
      return null;
    }
    checkBoundsPresence(p, type);
    Optional<Object> defaultValue = defaultValue(p, type);
    if (in == null) {
      return null;
    }
    return new Param(name, in, type, required, defaultValue,
        Optional.ofNullable(p.min()).map(Located::value), Optional.ofNullable(p.max()).map(Located::value),
        p.aliases().stream().map(Located::value).toList(), style, ModelLinker.flag(p.sensitive()),
        ModelLinker.text(p.description()), p.location());
  }

  private static boolean isParamType(TypeRef type) {
    TypeRef t = type instanceof TypeRef.ListOf l ? l.element() : type;
    return t instanceof TypeRef.Primitive || t instanceof TypeRef.EnumRef;
  }

  private static boolean isNumeric(TypeRef type) {
    return type instanceof TypeRef.Primitive prim && (prim.scalar() == TypeRef.Scalar.INT32
        || prim.scalar() == TypeRef.Scalar.INT64 || prim.scalar() == TypeRef.Scalar.FLOAT64);
  }

  private static boolean isInteger(TypeRef type) {
    return type instanceof TypeRef.Primitive prim
        && (prim.scalar() == TypeRef.Scalar.INT32 || prim.scalar() == TypeRef.Scalar.INT64);
  }

  /** Whether an integral value fits the integer type; the limits are exact doubles (±2^31, ±2^63). */
  private static boolean fits(TypeRef.Primitive type, double v) {
    return type.scalar() == TypeRef.Scalar.INT32
        ? v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE
        : v >= -0x1p63 && v < 0x1p63;
  }

  private static String range(TypeRef.Scalar scalar) {
    return scalar == TypeRef.Scalar.INT32
        ? Integer.MIN_VALUE + ".." + Integer.MAX_VALUE
        : Long.MIN_VALUE + ".." + Long.MAX_VALUE;
  }

  private ListStyle style(Raw.ParamDef p, TypeRef type) {
    if (p.style() == null) {
      return ListStyle.COMMA;
    }
    if (type != null && !(type instanceof TypeRef.ListOf)) {
      diagnostics.error("invalid-value", p.style().location(),
          "'style' is only allowed for list params; param '" + p.name().value() + "' is " + type.spelling());
    }
    String chosen = Choices.choose(p.style(), STYLES, "'style' of param '" + p.name().value() + "'", diagnostics);
    return chosen == null ? ListStyle.COMMA : ListStyle.valueOf(chosen.toUpperCase(Locale.ROOT));
  }

  private void checkBoundsPresence(Raw.ParamDef p, TypeRef type) {
    for (Located<Double> bound : Arrays.asList(p.min(), p.max())) {
      if (bound == null || type == null) {
        continue;
      }
      if (!isNumeric(type)) {
        diagnostics.error("invalid-value", bound.location(), "bounds are only allowed for numeric params"
            + " (int32, int64, float64); param '" + p.name().value() + "' is " + type.spelling());
      } else if (!Double.isFinite(bound.value())) {
        diagnostics.error("invalid-value", bound.location(), "bound of param '" + p.name().value()
            + "' is not a finite number");
      } else if (isInteger(type) && bound.value() != Math.rint(bound.value())) {
        diagnostics.error("invalid-value", bound.location(), "bound " + bound.value() + " of integer param '"
            + p.name().value() + "' is not an integer");
      } else if (isInteger(type) && !fits((TypeRef.Primitive) type, bound.value())) {
        // Generated code compares against a Java int or long literal: it must fit the type.
        TypeRef.Scalar scalar = ((TypeRef.Primitive) type).scalar();
        diagnostics.error("invalid-value", bound.location(), "bound " + number(bound.value()) + " of param '"
            + p.name().value() + "' is out of range for " + scalar.spelling() + " (" + range(scalar) + ")");
      }
    }
    if (p.min() != null && p.max() != null && p.min().value() > p.max().value()) {
      diagnostics.error("invalid-value", p.max().location(), "max " + number(p.max().value()) + " of param '"
          + p.name().value() + "' is below its min " + number(p.min().value()));
    }
  }

  private Optional<Object> defaultValue(Raw.ParamDef p, TypeRef type) {
    RawJson value = p.defaultValue();
    if (value == null) {
      return Optional.empty();
    }
    String what = "the default of param '" + p.name().value() + "'";
    if (type instanceof TypeRef.ListOf) {
      diagnostics.error("invalid-value", value.location(), "list param '" + p.name().value() + "' cannot have a default");
      return Optional.empty();
    }
    if (value instanceof RawJson.Null) {
      diagnostics.error("invalid-value", value.location(), "the default of param '" + p.name().value() + "' cannot be null");
      return Optional.empty();
    }
    Diagnostics local = new Diagnostics();
    new ExampleChecker(Map.of(), enums, Set.of(), local).check(value, type, false, Optional.empty(), what);
    if (local.hasErrors()) {
      // Re-code as invalid-value: a default is part of the declaration, not an example.
      local.sorted().forEach(d -> diagnostics.error("invalid-value", d.location(), d.message()));
      return Optional.empty();
    }
    Object plain = value.toPlain();
    if (plain instanceof Number n && isNumeric(type)) {
      double v = n.doubleValue();
      if (p.min() != null && v < p.min().value()) {
        diagnostics.error("invalid-value", value.location(), what + " (" + number(v) + ") is below its min "
            + number(p.min().value()));
      }
      if (p.max() != null && v > p.max().value()) {
        diagnostics.error("invalid-value", value.location(), what + " (" + number(v) + ") is above its max "
            + number(p.max().value()));
      }
      if (TypeResolver.isScalar(type, TypeRef.Scalar.FLOAT64)) {
        plain = v;
      }
    }
    return Optional.of(plain);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e20 ? new BigDecimal(v).toPlainString() : Double.toString(v);
  }
}
