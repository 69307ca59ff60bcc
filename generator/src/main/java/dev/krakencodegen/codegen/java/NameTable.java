package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.Resource;
import dev.krakencodegen.codegen.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one naming authority: every Java name of the generated client is decided here, before
 * any code is emitted, so emitters never invent names and every collision is resolved in one
 * place, deterministically: declaration order decides, the later name gets a number.
 */
final class NameTable {

  /** What every generated class inherits from {@code Object} or declares for records. */
  private static final String[] OBJECT_MEMBERS = {
    "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize"
  };

  private final String rootPackage;
  private final String apiName;
  private final Map<String, String> typeNames = new HashMap<>();
  private final Map<String, String> scopeConstants = new HashMap<>();
  private final Map<EnumType, Map<String, String>> enumConstants = new IdentityHashMap<>();
  private final Map<Model, List<String>> fieldNames = new IdentityHashMap<>();
  private final Map<Resource, String> resourceClasses = new IdentityHashMap<>();
  private final Map<Resource, String> accessors = new IdentityHashMap<>();
  private final Map<Operation, String> methods = new IdentityHashMap<>();
  private final Map<Operation, String> endpointConstants = new IdentityHashMap<>();
  private final Map<Operation, String> paramsClasses = new IdentityHashMap<>();
  private final Map<Operation, List<String>> paramNames = new IdentityHashMap<>();

  NameTable(Api api, String rootPackage) {
    this.rootPackage = rootPackage;
    this.apiName = JavaIdentifiers.upperCamel(api.name());
    nameTypes(api);
    Namespace scopes = Namespace.ofMembers();
    for (Scope scope : api.scopes()) {
      scopeConstants.put(scope.name(), scopes.claim(JavaIdentifiers.upperSnake(scope.name())));
    }
    for (EnumType enumType : api.enums()) {
      Namespace constants = Namespace.ofMembers("UNKNOWN");
      Map<String, String> byValue = new HashMap<>();
      enumType.values().forEach(v -> byValue.put(v, constants.claim(JavaIdentifiers.upperSnake(v))));
      enumConstants.put(enumType, byValue);
    }
    for (Model model : api.models()) {
      fieldNames.put(model, resolve(model.fields(), Field::name,
          withObjectMembers("builder", "toBuilder", "additionalProperties")));
    }
    nameResources(api);
  }

  private void nameTypes(Api api) {
    Namespace types = Namespace.ofClasses();
    for (EnumType enumType : api.enums()) {
      typeNames.put(enumType.name(), types.claim(typeName(enumType.name())));
    }
    for (Model model : api.models()) {
      typeNames.put(model.name(), types.claim(typeName(model.name())));
    }
  }

  /** A model or enum name; one that would shadow a type its code needs gets the API's name in front. */
  private String typeName(String specName) {
    String candidate = JavaIdentifiers.upperCamel(specName);
    boolean shadows = JavaIdentifiers.isJavaLangType(candidate) || candidate.equals("Builder");
    return shadows ? apiName + candidate : candidate;
  }

  private void nameResources(Api api) {
    Namespace classes = Namespace.ofClasses();
    Namespace clientMembers = Namespace.ofMembers(withObjectMembers("api", "close", "builder", "fromEnv", "oauth2Flows"));
    for (Resource resource : api.resources()) {
      resourceClasses.put(resource, classes.claim(JavaIdentifiers.upperCamel(resource.name()) + "Resource"));
      accessors.put(resource, clientMembers.claim(JavaIdentifiers.lowerCamel(resource.name())));
    }
    for (Resource resource : api.resources()) {
      Namespace members = Namespace.ofMembers(withObjectMembers("api"));
      Namespace constants = Namespace.ofMembers();
      for (Operation operation : resource.operations()) {
        String method = members.claim(JavaIdentifiers.lowerCamel(operation.name()), "Async", "Request");
        methods.put(operation, method);
        endpointConstants.put(operation, constants.claim(JavaIdentifiers.upperSnake(method)));
        paramsClasses.put(operation, classes.claim(JavaIdentifiers.upperCamel(resource.name())
            + JavaIdentifiers.upperCamel(operation.name()) + "Params"));
        paramNames.put(operation, resolve(operation.params(), Param::name,
            withObjectMembers("api", "params", "body", "none", "builder")));
      }
    }
  }

  String modelPackage() {
    return rootPackage + ".model";
  }

  String resourcePackage() {
    return rootPackage + ".resources";
  }

  ClassName client() {
    return ClassName.get(rootPackage, apiName + "Client");
  }

  ClassName scope() {
    return ClassName.get(rootPackage, "Scope");
  }

  String envPrefix() {
    return JavaIdentifiers.upperSnake(apiName) + "_";
  }

  ClassName type(String modelOrEnumName) {
    return ClassName.get(modelPackage(), typeNames.get(modelOrEnumName));
  }

  String field(Model model, Field field) {
    return fieldNames.get(model).get(model.fields().indexOf(field));
  }

  String enumConstant(EnumType enumType, String wireValue) {
    return enumConstants.get(enumType).get(wireValue);
  }

  String scopeConstant(String scopeName) {
    return scopeConstants.get(scopeName);
  }

  ClassName resource(Resource resource) {
    return ClassName.get(resourcePackage(), resourceClasses.get(resource));
  }

  String accessor(Resource resource) {
    return accessors.get(resource);
  }

  String method(Operation operation) {
    return methods.get(operation);
  }

  String endpointConstant(Operation operation) {
    return endpointConstants.get(operation);
  }

  ClassName params(Operation operation) {
    return ClassName.get(resourcePackage(), paramsClasses.get(operation));
  }

  String param(Operation operation, Param param) {
    return paramNames.get(operation).get(operation.params().indexOf(param));
  }

  private static String[] withObjectMembers(String... more) {
    String[] all = new String[OBJECT_MEMBERS.length + more.length];
    System.arraycopy(OBJECT_MEMBERS, 0, all, 0, OBJECT_MEMBERS.length);
    System.arraycopy(more, 0, all, OBJECT_MEMBERS.length, more.length);
    return all;
  }

  /**
   * Gives each wire name a Java name. A wire name that is already a clean identifier keeps it
   * ({@code id} stays {@code id}); a decorated one that collides gets a descriptive prefix
   * ({@code _id} beside {@code id} becomes {@code underscoreId}), then a number.
   */
  private static <T> List<String> resolve(List<T> items, Function<T, String> wireName, String[] reserved) {
    Namespace namespace = Namespace.ofMembers(reserved);
    Map<Integer, String> clean = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String wire = wireName.apply(items.get(i));
      if (JavaIdentifiers.lowerCamel(wire).equals(wire) && namespace.isFree(wire)) {
        clean.put(i, namespace.claim(wire));
      }
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String name = clean.get(i);
      if (name == null) {
        String wire = wireName.apply(items.get(i));
        String candidate = JavaIdentifiers.lowerCamel(wire);
        if (!namespace.isFree(candidate) && wire.startsWith("_")) {
          candidate = "underscore" + JavaIdentifiers.upperCamel(wire);
        }
        name = namespace.claim(candidate);
      }
      result.add(name);
    }
    return result;
  }
}
