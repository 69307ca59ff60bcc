package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The Jackson annotations generated code uses: only {@code com.fasterxml.jackson.annotation}, shared by Jackson 2 and 3. */
final class Annotations {

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

  private Annotations() {}

  static AnnotationSpec jsonProperty(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wireName).build();
  }

  /**
   * Leaves a null value out of the JSON written: an optional field that was not set is absent,
   * not null (a request body's null would clear the value on the server).
   */
  static AnnotationSpec omitWhenNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
        .build();
  }

  /** Tells Jackson how to read and write a timestamp in a non-ISO pattern (English names, UTC). */
  static AnnotationSpec timestampFormat(String pattern) {
    return AnnotationSpec.builder(JSON_FORMAT)
        .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
        .addMember("pattern", "$S", pattern)
        .addMember("locale", "$S", "en_US")
        .addMember("timezone", "$S", "UTC")
        .build();
  }
}
