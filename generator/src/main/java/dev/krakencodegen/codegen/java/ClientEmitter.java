package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.Placement;
import dev.krakencodegen.codegen.model.Resource;
import javax.lang.model.element.Modifier;

/**
 * Emits the client entry point: the {@code ApiDescriptor} the runtime needs (base URL, media
 * type, where credentials go), a builder, and one accessor per resource.
 */
final class ClientEmitter {

  private final Api api;
  private final NameTable names;

  ClientEmitter(Api api, NameTable names) {
    this.api = api;
    this.names = names;
  }

  TypeSpec emit() {
    ClassName client = names.client();
    TypeSpec.Builder spec = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc(javadoc())
        .addField(FieldSpec.builder(RuntimeTypes.API_DESCRIPTOR, "API", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What the runtime needs to know about this API: base URL, media type, where credentials go.\n")
            .initializer(descriptor())
            .build())
        .addField(RuntimeTypes.API_CLIENT, "api", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.API_CLIENT, "api")
        .addStatement("this.api = api");
    for (Resource resource : api.resources()) {
      if (!ResourceEmitter.isEmitted(resource)) {
        continue;
      }
      ClassName type = names.resource(resource);
      String accessor = names.accessor(resource);
      spec.addField(type, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$L = new $T(api)", accessor, type);
      spec.addMethod(MethodSpec.methodBuilder(accessor)
          .addJavadoc(resource.description().map(Javadoc::paragraphs)
              .orElse(CodeBlock.of("The {@code $L} operations.\n", resource.name())))
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addStatement("return $L", accessor)
          .build());
    }
    spec.addMethod(constructor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder: set the client id, access token, timeouts, retries or transport, then {@code build()}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, client))
        .addStatement("return new $T<>(API, $T::new)", RuntimeTypes.CLIENT_BUILDER, client)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("fromEnv")
        .addJavadoc("A client configured from {@code $LCLIENT_ID}, {@code $LACCESS_TOKEN} and {@code $LBASE_URL}.\n",
            names.envPrefix(), names.envPrefix(), names.envPrefix())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client)
        .addStatement("return builder().fromEnv().build()")
        .build());
    if (api.auth().oauth2().isPresent()) {
      spec.addMethod(MethodSpec.methodBuilder("oauth2Flows")
          .addJavadoc("OAuth2 helpers: authorize URLs for the code and implicit flows, code exchange, password grant.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeTypes.OAUTH2)
          .addStatement("return api.oauth2()")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("api")
        .addJavadoc("The runtime client, for calls the spec does not describe.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.API_CLIENT)
        .addStatement("return api")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("close")
        .addJavadoc("Closes the client: later calls fail with {@code IllegalStateException} and pending async retries stop.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("api.close()")
        .build());
    return spec.build();
  }

  private CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The $L ($L) client.\n", Javadoc.escape(api.title()), Javadoc.escape(api.version()));
    api.description().ifPresent(d -> doc.add("\n<p>").add(Javadoc.paragraphs(d)));
    doc.add("\n<pre>{@code\n$T client = $T.builder().clientId(\"…\").build();\n}</pre>\n", names.client(), names.client());
    return doc.build();
  }

  private CodeBlock descriptor() {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder($S, $S)", RuntimeTypes.API_DESCRIPTOR, api.name(), api.baseUrl().toString())
        .add("\n.mediaType($S)", api.mediaType());
    api.auth().clientId().ifPresent(p -> init.add("\n.clientId($L)", placement(p)));
    api.auth().token().ifPresent(t -> init.add("\n.token($L, $S)", placement(new Placement(t.in(), t.name())), t.format()));
    api.auth().grantedScopes().ifPresent(g -> init.add("\n.grantedScopes($S, $S)",
        api.operations().stream().filter(o -> o.id().equals(g.operationId())).findFirst().orElseThrow().path(),
        g.pointer()));
    api.auth().oauth2().ifPresent(o -> init.add("\n.oauth2($S, $S, $S)",
        o.authorizeUrl().toString(), o.tokenUrl().toString(), o.scopeSeparator()));
    return CodeBlock.builder().indent().add(init.add("\n.build()").build()).unindent().build();
  }

  private static CodeBlock placement(Placement placement) {
    String factory = switch (placement.in()) {
      case HEADER -> "header";
      case QUERY -> "query";
      case FORM -> "form";
      case PATH -> throw new IllegalStateException("credentials never go in the path");
    };
    return CodeBlock.of("$T.$L($S)", RuntimeTypes.PLACEMENT, factory, placement.name());
  }
}
