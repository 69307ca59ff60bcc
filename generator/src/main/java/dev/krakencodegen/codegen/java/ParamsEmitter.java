package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.Resource;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the record of an operation's optional parameters, with a builder and range checks,
 * e.g. {@code StreamsListParams.builder().game("Diablo III").limit(10).build()}.
 */
final class ParamsEmitter {

  private final NameTable names;
  private final TypeMapper types;

  ParamsEmitter(NameTable names, TypeMapper types) {
    this.names = names;
    this.types = types;
  }

  TypeSpec emit(Resource resource, Operation operation, List<Param> optional) {
    ClassName record = names.params(operation);
    ClassName builder = record.nestedClass("Builder");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Optional parameters of {@link $T#$L}; unset ones are not sent.\n\n",
            names.resource(resource), names.method(operation));
    TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds {@link $T}.\n", record)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    StringBuilder args = new StringBuilder();
    for (Param param : optional) {
      String name = names.param(operation, param);
      constructor.addParameter(ParameterSpec.builder(types.nullable(param.type()), name).build());
      compact.addCode(Parameters.rangeCheck(param, name, true));
      doc.add("@param $L $L\n", name, Parameters.describe(param));
      TypeName type = types.nullable(param.type());
      BuilderSetters.add(builderType, builder, type, type, name, "Sets " + Parameters.describe(param));
      args.append(args.length() == 0 ? "" : ", ").append(name);
    }
    builderType.addMethod(MethodSpec.methodBuilder("build")
        .addJavadoc("@throws IllegalArgumentException if a value is out of its documented range\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addStatement("return new $T($L)", record, args)
        .build());
    TypeSpec.Builder spec = TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build());
    if (!compact.build().code().isEmpty()) {
      spec.addMethod(compact.build());
    }
    if (optional.stream().anyMatch(Param::sensitive)) {
      spec.addMethod(RedactedToString.method(record, optional.stream()
          .map(p -> new RedactedToString.Member(names.param(operation, p), p.sensitive())).toList()));
    }
    return spec
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("none")
            .addJavadoc("No optional parameters: the server's defaults apply.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(record)
            .addStatement("return builder().build()")
            .build())
        .addType(builderType.build())
        .build();
  }
}
