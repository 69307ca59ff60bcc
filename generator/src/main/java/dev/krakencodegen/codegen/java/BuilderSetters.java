package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The field and fluent setter that every generated builder (models, params records) has per value. */
final class BuilderSetters {

  private BuilderSetters() {}

  /**
   * Adds {@code private fieldType name;} and {@code public Builder name(type name)} to {@code builderType}.
   *
   * @param javadoc the setter's Javadoc, or {@code null} for none
   */
  static void add(TypeSpec.Builder builderType, ClassName builder, TypeName fieldType, TypeName type, String name,
      String javadoc) {
    builderType.addField(FieldSpec.builder(fieldType, name, Modifier.PRIVATE).build());
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, name)
        .addStatement("this.$L = $L", name, name)
        .addStatement("return this");
    if (javadoc != null) {
      setter.addJavadoc("$L\n", javadoc);
    }
    builderType.addMethod(setter.build());
  }
}
