package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Scope;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits string enums. Spec enums tolerate values this client version does not know (they
 * decode to {@code UNKNOWN} instead of failing the whole response); the {@code Scope} enum
 * carries each scope's description as Javadoc.
 */
final class EnumEmitter {

  private final NameTable names;

  EnumEmitter(NameTable names) {
    this.names = names;
  }

  TypeSpec emit(EnumType enumType) {
    ClassName type = names.type(enumType.name());
    TypeSpec.Builder spec = base(type, enumType.description().map(Javadoc::paragraphs)
        .orElse(CodeBlock.of("Values of {@code $L}.\n", enumType.name())));
    for (String value : enumType.values()) {
      spec.addEnumConstant(names.enumConstant(enumType, value), TypeSpec.anonymousClassBuilder("$S", value)
          .addJavadoc("{@code $L} on the wire.\n", Javadoc.escape(value))
          .build());
    }
    spec.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("$S", "")
        .addJavadoc("A value this client version does not know; it is never sent.\n")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("fromWireValue")
        .addJavadoc("The constant for a wire value, or {@link #UNKNOWN} for one this client does not know.\n")
        .addAnnotation(Annotations.JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "wireValue")
        .beginControlFlow("for ($T value : values())", type)
        .beginControlFlow("if (value != UNKNOWN && value.wireValue.equals(wireValue))")
        .addStatement("return value")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return UNKNOWN")
        .build());
    return spec.build();
  }

  TypeSpec emitScopes(List<Scope> scopes) {
    TypeSpec.Builder spec = base(names.scope(),
        CodeBlock.of("The OAuth scopes a token can hold; operations list the ones they need. Pass them to\n"
            + "{@code grantedScopes(…)} and the authorize-URL builder.\n"))
        .addSuperinterface(RuntimeTypes.OAUTH_SCOPE);
    for (Scope scope : scopes) {
      spec.addEnumConstant(names.scopeConstant(scope.name()), TypeSpec.anonymousClassBuilder("$S", scope.name())
          .addJavadoc(Javadoc.paragraphs(scope.description()))
          .build());
    }
    return spec.build();
  }

  private static TypeSpec.Builder base(ClassName type, CodeBlock javadoc) {
    return TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(javadoc)
        .addField(FieldSpec.builder(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "wireValue")
            .addStatement("this.wireValue = wireValue")
            .build())
        .addMethod(MethodSpec.methodBuilder("wireValue")
            .addJavadoc("The value as the API spells it.\n")
            .addAnnotation(Annotations.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireValue")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addJavadoc("The wire value, so the enum can be sent as a parameter as is.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireValue")
            .build());
  }
}
