package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.Model;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one record per model: wire names in {@code @JsonProperty}, {@code @Nullable} where
 * the spec allows null or absence, a builder, {@code with…} copies, unknown JSON fields kept
 * in {@code additionalProperties()}, and a {@code toString} that redacts sensitive fields.
 */
final class ModelEmitter {

  private static final String EXTRA = "additionalProperties";
  private static final TypeName EXTRA_TYPE =
      ParameterizedTypeName.get(ClassName.get(java.util.Map.class), ClassName.get(String.class), ClassName.OBJECT);

  private final Api api;
  private final NameTable names;
  private final TypeMapper types;

  ModelEmitter(Api api, NameTable names, TypeMapper types) {
    this.api = api;
    this.names = names;
    this.types = types;
  }

  TypeSpec emit(Model model) {
    ClassName record = names.type(model.name());
    ClassName builder = record.nestedClass("Builder");
    List<Component> components = model.fields().stream().map(f -> component(model, f)).toList();

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Component c : components) {
      constructor.addParameter(
          ParameterSpec.builder(c.type, c.name).addAnnotations(c.annotations()).build());
    }
    constructor.addParameter(
        ParameterSpec.builder(EXTRA_TYPE, EXTRA).addAnnotation(Annotations.JSON_ANY_SETTER).build());

    TypeSpec.Builder spec = TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(recordJavadoc(model, components))
        .recordConstructor(constructor.build())
        .addMethod(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addComment("Unknown JSON fields are kept read-only, so nothing the server sent is lost;")
            .addComment("their toString masks values that look secret (tokens, passwords, keys).")
            .addStatement("$L = $T.copyOf($L)", EXTRA, RuntimeTypes.UNKNOWN_FIELDS, EXTRA)
            .build())
        .addMethod(MethodSpec.methodBuilder(EXTRA)
            .addJavadoc("JSON fields this client version does not know, in the order received.\n")
            .addAnnotation(Annotations.JSON_ANY_GETTER)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(EXTRA_TYPE)
            .addStatement("return $L", EXTRA)
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder for a new {@code $T}.\n", record)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this record's values.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    for (Component c : components) {
      spec.addMethod(MethodSpec.methodBuilder("with" + capitalize(c.name))
          .addModifiers(Modifier.PUBLIC)
          .returns(record)
          .addParameter(c.type, c.name)
          .addStatement("return toBuilder().$L($L).build()", c.name, c.name)
          .build());
    }
    if (components.stream().anyMatch(c -> c.field.sensitive())) {
      List<RedactedToString.Member> members = new ArrayList<>();
      components.forEach(c -> members.add(new RedactedToString.Member(c.name, c.field.sensitive())));
      members.add(new RedactedToString.Member(EXTRA, false));
      spec.addMethod(RedactedToString.method(record, members));
    }
    return spec.addType(builderType(record, builder, components)).build();
  }

  private Component component(Model model, Field field) {
    boolean mayBeNull = field.nullable() || field.optional();
    TypeName type = mayBeNull ? types.nullable(field.type()) : types.required(field.type());
    return new Component(field, names.field(model, field), type);
  }

  private CodeBlock recordJavadoc(Model model, List<Component> components) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add(model.description().map(Javadoc::paragraphs).orElse(CodeBlock.of("The {@code $L} model.\n", model.name())));
    doc.add("\n");
    for (Component c : components) {
      doc.add("@param $L {@code $L}$L$L$L\n",
          c.name,
          Javadoc.escape(c.field.name()),
          c.field.nullable() ? ", may be null" : "",
          c.field.optional() ? ", may be absent" : "",
          c.field.description().map(d -> ": " + Javadoc.escape(d)).orElse(""));
    }
    doc.add("@param $L JSON fields this client version does not know\n", EXTRA);
    Javadoc.seeDocs(api.docsUrl(), model.docs()).ifPresent(doc::add);
    return doc.build();
  }

  private static TypeSpec builderType(ClassName record, ClassName builder, List<Component> components) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds {@link $T} values; unset fields are null (or zero for primitives).\n", record)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(record, "source");
    List<String> args = new ArrayList<>();
    for (Component c : components) {
      TypeName fieldType = c.type.isPrimitive() ? c.type : c.type.withoutAnnotations()
          .annotated(AnnotationSpec.builder(TypeMapper.NULLABLE).build());
      BuilderSetters.add(type, builder, fieldType, c.type, c.name, null);
      copy.addStatement("this.$L = source.$L()", c.name, c.name);
      args.add(c.name);
    }
    copy.addStatement("this.$L.putAll(source.$L())", EXTRA, EXTRA);
    args.add(EXTRA);
    type.addField(FieldSpec.builder(EXTRA_TYPE, EXTRA, Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", java.util.LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copy.build());
    type.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
        .addJavadoc("Adds a JSON field this client version does not model.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(ClassName.OBJECT.annotated(AnnotationSpec.builder(TypeMapper.NULLABLE).build()), "value")
        .addStatement("$L.put(name, value)", EXTRA)
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addStatement("return new $T($L)", record, String.join(", ", args))
        .build());
    return type.build();
  }

  private static String capitalize(String name) {
    String bare = name.startsWith("_") ? name.substring(1) : name;
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  /** One record component: the spec field and its decided Java name and type. */
  private record Component(Field field, String name, TypeName type) {
    List<AnnotationSpec> annotations() {
      List<AnnotationSpec> annotations = new ArrayList<>();
      annotations.add(Annotations.jsonProperty(field.name()));
      if (field.optional()) {
        annotations.add(Annotations.omitWhenNull());
      }
      field.timestampFormat()
          .filter(format -> !format.equals("iso8601"))
          .ifPresent(format -> annotations.add(Annotations.timestampFormat(format)));
      return annotations;
    }
  }
}
