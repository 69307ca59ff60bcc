package dev.krakencodegen.codegen.java;

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
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.Paging;
import dev.krakencodegen.codegen.model.Resource;
import dev.krakencodegen.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits one class per resource: an {@code Endpoint} constant per operation (the machine-readable
 * description the runtime acts on: scopes, idempotency, paging, secrets) and, per operation, a
 * blocking and an async method. Required parameters are method arguments, so forgetting one is
 * a compile error; optional ones travel in a params record.
 */
final class ResourceEmitter {

  private static final ClassName COMPLETABLE_FUTURE = ClassName.get(CompletableFuture.class);

  private final Api api;
  private final NameTable names;
  private final TypeMapper types;
  private final ParamsEmitter paramsEmitter;

  ResourceEmitter(Api api, NameTable names, TypeMapper types) {
    this.api = api;
    this.names = names;
    this.types = types;
    this.paramsEmitter = new ParamsEmitter(names, types);
  }

  /** Whether the resource gets a class: not when every operation is marked not implemented. */
  static boolean isEmitted(Resource resource) {
    return resource.operations().stream().anyMatch(o -> !o.notImplemented());
  }

  /** The resource class, followed by the params records its operations need. */
  List<TypeSpec> emit(Resource resource) {
    ClassName type = names.resource(resource);
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(resourceJavadoc(resource))
        .addField(RuntimeTypes.API_CLIENT, "api", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Use {@link $T#$L()} instead.\n\n@param api the runtime that sends requests\n",
                names.client(), names.accessor(resource))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.API_CLIENT, "api")
            .addStatement("this.api = $T.requireNonNull(api, $S)", Objects.class, "api")
            .build());
    List<TypeSpec> paramsRecords = new ArrayList<>();
    for (Operation operation : resource.operations()) {
      if (operation.notImplemented()) {
        continue;
      }
      OperationShape shape = new OperationShape(operation);
      spec.addField(endpoint(operation));
      spec.addMethods(shape.methods());
      spec.addMethod(shape.requestBuilder());
      if (!shape.optional.isEmpty()) {
        paramsRecords.add(paramsEmitter.emit(resource, operation, shape.optional));
      }
    }
    List<TypeSpec> all = new ArrayList<>();
    all.add(spec.build());
    all.addAll(paramsRecords);
    return all;
  }

  private CodeBlock resourceJavadoc(Resource resource) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add(resource.description().map(Javadoc::paragraphs)
        .orElse(CodeBlock.of("The {@code $L} resource.\n", resource.name())));
    List<Operation> missing = resource.operations().stream().filter(Operation::notImplemented).toList();
    for (Operation operation : missing) {
      doc.add("\n<p>Not generated: {@code $L $L} ($L) is documented but not implemented by the API.\n",
          operation.method(), Javadoc.escape(operation.path()), Javadoc.escape(operation.summary()));
    }
    Javadoc.seeDocs(api.docsUrl(), resource.docs()).ifPresent(d -> doc.add("\n").add(d));
    return doc.build();
  }

  private FieldSpec endpoint(Operation operation) {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder($S, $S, $S)", RuntimeTypes.ENDPOINT, operation.id(), operation.method().name(), operation.path());
    if (!operation.scopes().isEmpty()) {
      init.add("\n.scopes($L)", operation.scopes().stream()
          .map(s -> CodeBlock.of("$S", s).toString()).collect(Collectors.joining(", ")));
    }
    init.add("\n.auth($T.Auth.$L)", RuntimeTypes.ENDPOINT, operation.auth().name());
    init.add("\n.idempotent($L)", operation.idempotent());
    init.add("\n.successStatus($L)", operation.status());
    List<String> secrets = operation.params().stream().filter(Param::sensitive).map(Param::name).toList();
    if (!secrets.isEmpty()) {
      init.add("\n.sensitive($L)", secrets.stream().map(s -> CodeBlock.of("$S", s).toString())
          .collect(Collectors.joining(", ")));
    }
    operation.paging().ifPresent(paging -> init.add("\n.paging($S, $S, $L$L)",
        paging.limitParam(), paging.offsetParam(), maxLimit(operation, paging),
        paging.nextPath().stream().map(p -> ", " + CodeBlock.of("$S", p)).collect(Collectors.joining())));
    init.add("\n.build()");
    return FieldSpec.builder(RuntimeTypes.ENDPOINT, names.endpointConstant(operation),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code $L $L}: how the runtime calls {@link #$L}.\n",
            operation.method(), Javadoc.escape(operation.path()), names.method(operation))
        .initializer(CodeBlock.builder().indent().add(init.build()).unindent().build())
        .build();
  }

  /**
   * The documented maximum page size; without one, {@code Integer.MAX_VALUE}, so the runtime
   * checks nothing (it rejects a maximum below 1, and the API is the judge of an undocumented one).
   */
  private static CodeBlock maxLimit(Operation operation, Paging paging) {
    return operation.params().stream()
        .filter(p -> p.name().equals(paging.limitParam()))
        .findFirst()
        .flatMap(Param::max)
        .map(max -> CodeBlock.of("$L", max.longValue()))
        .orElse(CodeBlock.of("$T.MAX_VALUE", Integer.class));
  }

  /** The decided Java shape of one operation: its arguments, return type and documentation. */
  private final class OperationShape {
    final Operation operation;
    final List<Param> required;
    final List<Param> optional;
    final String method;

    OperationShape(Operation operation) {
      this.operation = operation;
      this.method = names.method(operation);
      List<Param> pathParams = new ArrayList<>(operation.params().stream()
          .filter(p -> p.in() == ParamIn.PATH).toList());
      pathParams.sort(Comparator.comparingInt(p -> operation.path().indexOf("{" + p.name() + "}")));
      this.required = new ArrayList<>(pathParams);
      this.required.addAll(operation.params().stream()
          .filter(p -> p.in() != ParamIn.PATH && p.required()).toList());
      this.optional = operation.params().stream()
          .filter(p -> p.in() != ParamIn.PATH && !p.required()).toList();
    }

    List<MethodSpec> methods() {
      List<MethodSpec> methods = new ArrayList<>();
      for (boolean async : new boolean[] {false, true}) {
        String name = async ? method + "Async" : method;
        TypeName returns = async ? asyncReturnType() : returnType();
        if (!optional.isEmpty()) {
          methods.add(signature(name, returns, false, async)
              .addStatement("$L$L($L)", returns.equals(TypeName.VOID) ? "" : "return ", name,
                  CodeBlock.join(arguments(CodeBlock.of("$T.none()", names.params(operation))), ", "))
              .build());
        }
        methods.add(signature(name, returns, true, async).addCode(call(async)).build());
      }
      return methods;
    }

    MethodSpec requestBuilder() {
      MethodSpec.Builder builder = MethodSpec.methodBuilder(method + "Request")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(RuntimeTypes.REQUEST_VALUES);
      CodeBlock.Builder chain = CodeBlock.builder().add("return $T.builder()", RuntimeTypes.REQUEST_VALUES);
      for (Param param : required) {
        String name = names.param(operation, param);
        TypeName type = types.required(param.type());
        builder.addParameter(type, name);
        if (!type.isPrimitive()) {
          builder.addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name);
        }
        builder.addCode(Parameters.rangeCheck(param, name, false));
        chain.add("\n").add(Parameters.addToRequest(param, name));
      }
      operation.body().ifPresent(body -> {
        builder.addParameter(names.type(body.model()), "body");
        builder.addStatement("$T.requireNonNull(body, $S)", Objects.class, "body");
        chain.add("\n").add(body.wrap()
            .map(wrap -> CodeBlock.of(".jsonBody($S, body)", wrap))
            .orElse(CodeBlock.of(".jsonBody(body)")));
      });
      if (!optional.isEmpty()) {
        builder.addParameter(names.params(operation), "params");
        builder.addStatement("$T.requireNonNull(params, $S)", Objects.class, "params");
        for (Param param : optional) {
          chain.add("\n").add(Parameters.addToRequest(param, "params." + names.param(operation, param) + "()"));
        }
      }
      return builder.addStatement(chain.add("\n.build()").build()).build();
    }

    private MethodSpec.Builder signature(String name, TypeName returns, boolean withParams, boolean async) {
      MethodSpec.Builder builder = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(returns)
          .addJavadoc(async || (!withParams && !optional.isEmpty()) ? shortJavadoc(withParams, async) : javadoc());
      for (Param param : required) {
        builder.addParameter(ParameterSpec.builder(types.required(param.type()), names.param(operation, param)).build());
      }
      operation.body().ifPresent(body -> builder.addParameter(names.type(body.model()), "body"));
      if (withParams && !optional.isEmpty()) {
        builder.addParameter(names.params(operation), "params");
      }
      return builder;
    }

    private CodeBlock call(boolean async) {
      CodeBlock request = CodeBlock.of("$L($L)", method + "Request",
          CodeBlock.join(arguments(CodeBlock.of("params")), ", "));
      String endpoint = names.endpointConstant(operation);
      if (operation.paging().isPresent()) {
        ClassName model = pagedModel();
        return CodeBlock.builder().addStatement("return api.$L($L, $L, $T.class, $T::$L)",
            async ? "executePageAsync" : "executePage", endpoint, request, model, model, itemsAccessor()).build();
      }
      String execute = async ? "executeAsync" : "execute";
      if (operation.returns().isEmpty()) {
        return CodeBlock.builder().addStatement("$Lapi.$L($L, $L, $T.class)", async ? "return " : "",
            execute, endpoint, request, Void.class).build();
      }
      TypeRef returns = operation.returns().get();
      if (returns instanceof TypeRef.ListOf list) {
        // A bare JSON array: decoded as an array (no generic type token needed), exposed as a List.
        TypeName element = types.boxed(list.element());
        return CodeBlock.builder().addStatement(async ? "return api.$L($L, $L, $T[].class).thenApply($T::asList)"
                : "return $T.asList(api.$L($L, $L, $T[].class))",
            async ? new Object[] {execute, endpoint, request, element, Arrays.class}
                : new Object[] {Arrays.class, execute, endpoint, request, element}).build();
      }
      return CodeBlock.builder().addStatement("return api.$L($L, $L, $T.class)",
          execute, endpoint, request, types.boxed(returns)).build();
    }

    private List<CodeBlock> arguments(CodeBlock paramsExpression) {
      List<CodeBlock> args = new ArrayList<>();
      required.forEach(p -> args.add(CodeBlock.of("$L", names.param(operation, p))));
      operation.body().ifPresent(b -> args.add(CodeBlock.of("body")));
      if (!optional.isEmpty()) {
        args.add(paramsExpression);
      }
      return args;
    }

    private TypeName returnType() {
      if (operation.paging().isPresent()) {
        return ParameterizedTypeName.get(RuntimeTypes.PAGE, itemType());
      }
      return operation.returns().map(types::boxed).orElse(TypeName.VOID);
    }

    private TypeName asyncReturnType() {
      TypeName sync = returnType();
      return ParameterizedTypeName.get(COMPLETABLE_FUTURE, sync.equals(TypeName.VOID) ? ClassName.get(Void.class) : sync);
    }

    private ClassName pagedModel() {
      return names.type(operation.returns().orElseThrow().spelling());
    }

    private Field itemsField() {
      Model model = api.model(operation.returns().orElseThrow().spelling());
      String items = operation.paging().orElseThrow().itemsField();
      return model.fields().stream().filter(f -> f.name().equals(items)).findFirst().orElseThrow();
    }

    private String itemsAccessor() {
      return names.field(api.model(operation.returns().orElseThrow().spelling()), itemsField());
    }

    private TypeName itemType() {
      return types.boxed(((TypeRef.ListOf) itemsField().type()).element());
    }

    /** Overloads and async forms point at the fully documented blocking method. */
    private CodeBlock shortJavadoc(boolean withParams, boolean async) {
      String optionalNote = withParams || optional.isEmpty() ? "" : ", with no optional parameters";
      return async
          ? CodeBlock.of("Asynchronous {@link #$L}$L: the future fails with the same exceptions.\n", method, optionalNote)
          : CodeBlock.of("{@link #$L}$L.\n", method, optionalNote);
    }

    private CodeBlock javadoc() {
      CodeBlock.Builder doc = CodeBlock.builder();
      doc.add("$L\n", Javadoc.escape(operation.summary()));
      operation.description().ifPresent(d -> doc.add("\n<p>").add(Javadoc.paragraphs(d)));
      doc.add("\n<p>{@code $L $L}", operation.method(), Javadoc.escape(operation.path()));
      switch (operation.auth()) {
        case REQUIRED -> doc.add("; requires an access token");
        case OPTIONAL -> doc.add("; an access token is sent when configured");
        case NONE -> { }
      }
      if (!operation.scopes().isEmpty()) {
        doc.add(" with scope$L ", operation.scopes().size() > 1 ? "s" : "");
        doc.add(CodeBlock.join(operation.scopes().stream()
            .map(s -> CodeBlock.of("{@link $T#$L}", names.scope(), names.scopeConstant(s))).toList(), ", "));
      }
      doc.add(".\n");
      doc.add("\n");
      for (Param param : required) {
        doc.add("@param $L $L\n", names.param(operation, param), Parameters.describe(param));
      }
      operation.body().ifPresent(body -> doc.add("@param body sent as JSON$L\n",
          body.wrap().map(w -> " under {@code " + Javadoc.escape(w) + "}").orElse("")));
      if (!optional.isEmpty()) {
        doc.add("@param params optional parameters\n");
      }
      String result = operation.paging().isPresent()
          ? "the first page; {@code autoPager()} walks the rest"
          : operation.returns().map(r -> "the {@code " + r.spelling() + "}").orElse(null);
      if (result != null) {
        doc.add("@return $L\n", result);
      }
      Javadoc.seeDocs(api.docsUrl(), operation.docs()).ifPresent(doc::add);
      return doc.build();
    }
  }
}
