package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.CodeBlock;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.TypeRef;

/** Code shared by operation methods and params records: parameter docs, range checks, request building. */
final class Parameters {

  private Parameters() {}

  /** The Javadoc text of a parameter: description, wire name, default, bounds, aliases. */
  static String describe(Param param) {
    StringBuilder doc = new StringBuilder();
    param.description().ifPresent(d -> doc.append(Javadoc.escape(d)).append(' '));
    doc.append("({@code ").append(Javadoc.escape(param.name())).append("}");
    param.defaultValue().ifPresent(d -> doc.append(", default ").append(Javadoc.escape(String.valueOf(d))));
    param.min().ifPresent(min -> doc.append(", at least ").append(number(min)));
    param.max().ifPresent(max -> doc.append(", at most ").append(number(max)));
    if (!param.aliases().isEmpty()) {
      doc.append(", also accepted as ").append(Javadoc.escape(String.join(", ", param.aliases())));
    }
    if (param.sensitive()) {
      doc.append(", secret: never logged");
    }
    return doc.append(")").toString();
  }

  /** Rejects out-of-range values before any request is made; {@code nullable} values may be null. */
  static CodeBlock rangeCheck(Param param, String javaName, boolean nullable) {
    if (param.min().isEmpty() && param.max().isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder condition = CodeBlock.builder();
    if (nullable) {
      condition.add("$L != null && (", javaName);
    }
    String separator = "";
    if (param.min().isPresent()) {
      condition.add("$L < $L", javaName, literal(param, param.min().get()));
      separator = " || ";
    }
    if (param.max().isPresent()) {
      condition.add("$L$L > $L", separator, javaName, literal(param, param.max().get()));
    }
    if (nullable) {
      condition.add(")");
    }
    String rule;
    if (param.min().isPresent() && param.max().isPresent()) {
      rule = "in " + number(param.min().get()) + ".." + number(param.max().get());
    } else if (param.min().isPresent()) {
      rule = "at least " + number(param.min().get());
    } else {
      rule = "at most " + number(param.max().get());
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition.build())
        .addStatement("throw new $T($S + $L)", IllegalArgumentException.class,
            param.name() + " must be " + rule + ", was ", javaName)
        .endControlFlow()
        .build();
  }

  /** One {@code RequestValues.Builder} call that adds the parameter to the request. */
  static CodeBlock addToRequest(Param param, String javaExpression) {
    String method = switch (param.in()) {
      case PATH -> "path";
      case QUERY -> "query";
      case FORM -> "form";
      case HEADER -> throw new IllegalStateException("the spec format has no header parameters");
    };
    if (param.type() instanceof TypeRef.ListOf && param.in() != ParamIn.PATH) {
      return CodeBlock.of(".$L($S, $L, $S)", method, param.name(), javaExpression, param.style().separator());
    }
    return CodeBlock.of(".$L($S, $L)", method, param.name(), javaExpression);
  }

  private static String literal(Param param, double bound) {
    if (param.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.FLOAT64) {
      return Double.toString(bound);
    }
    if (param.type() instanceof TypeRef.Primitive p && p.scalar() == TypeRef.Scalar.INT64) {
      return (long) bound + "L";
    }
    return Long.toString((long) bound);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
