package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.krakencodegen.codegen.model.TypeRef;

/** Maps spec types to Java types; nullable or optional values are boxed and {@code @Nullable}. */
final class TypeMapper {

  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName MAP = ClassName.get("java.util", "Map");

  private final NameTable names;

  TypeMapper(NameTable names) {
    this.names = names;
  }

  /** The type of a value that is always present: primitives where the spec allows. */
  TypeName required(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.scalar()) {
        case INT32 -> TypeName.INT;
        case INT64 -> TypeName.LONG;
        case FLOAT64 -> TypeName.DOUBLE;
        case BOOLEAN -> TypeName.BOOLEAN;
        default -> boxed(type);
      };
    }
    return boxed(type);
  }

  /** The type of a value that may be null. */
  TypeName nullable(TypeRef type) {
    return boxed(type).annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  /** The reference type, e.g. for list elements and generic arguments. */
  TypeName boxed(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.scalar()) {
        case STRING -> ClassName.get(String.class);
        case INT32 -> ClassName.get(Integer.class);
        case INT64 -> ClassName.get(Long.class);
        case FLOAT64 -> ClassName.get(Double.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case URL -> ClassName.get("java.net", "URI");
        case TIMESTAMP -> ClassName.get("java.time", "Instant");
      };
    }
    if (type instanceof TypeRef.ListOf list) {
      return ParameterizedTypeName.get(LIST, boxed(list.element()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(MAP, ClassName.get(String.class), boxed(map.value()));
    }
    return names.type(type.spelling());
  }
}
