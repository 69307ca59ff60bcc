package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.EnumType;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one naming authority: every Java name of the generated client is decided here, before
 * any code is emitted, so emitters never invent names and collisions are resolved in one
 * place, deterministically (declaration order decides).
 */
final class NameTable {

  /** Members of the generated client class that a resource accessor must not shadow. */
  private static final Set<String> CLIENT_MEMBERS = Set.of("api", "close", "builder", "fromEnv", "oauth2Flows");

  private final String rootPackage;
  private final String apiName;
  private final Map<Model, List<String>> fieldNames = new IdentityHashMap<>();
  private final Map<Operation, List<String>> paramNames = new IdentityHashMap<>();
  private final Map<Resource, String> accessors = new IdentityHashMap<>();
  private final Map<String, String> typeNames = new HashMap<>();

  NameTable(Api api, String rootPackage) {
    this.rootPackage = rootPackage;
    this.apiName = JavaIdentifiers.upperCamel(api.name());
    Set<String> takenTypes = new HashSet<>();
    for (EnumType enumType : api.enums()) {
      typeNames.put(enumType.name(), typeName(enumType.name(), takenTypes));
    }
    for (Model model : api.models()) {
      typeNames.put(model.name(), typeName(model.name(), takenTypes));
    }
    for (Model model : api.models()) {
      fieldNames.put(model, resolve(model.fields(), Field::name, Set.of()));
    }
    Set<String> takenAccessors = new HashSet<>(CLIENT_MEMBERS);
    for (Resource resource : api.resources()) {
      accessors.put(resource, unique(JavaIdentifiers.lowerCamel(resource.name()), takenAccessors));
      for (Operation operation : resource.operations()) {
        paramNames.put(operation, resolve(operation.params(), Param::name, Set.of("params", "body")));
      }
    }
  }

  String rootPackage() {
    return rootPackage;
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

  String enumConstant(String wireValue) {
    return JavaIdentifiers.upperSnake(wireValue);
  }

  String scopeConstant(String scopeName) {
    return JavaIdentifiers.upperSnake(scopeName);
  }

  ClassName resource(String resourceName) {
    return ClassName.get(resourcePackage(), JavaIdentifiers.upperCamel(resourceName) + "Resource");
  }

  String accessor(Resource resource) {
    return accessors.get(resource);
  }

  String method(Operation operation) {
    return JavaIdentifiers.member(JavaIdentifiers.lowerCamel(operation.name()));
  }

  String endpointConstant(Operation operation) {
    return JavaIdentifiers.upperSnake(operation.name());
  }

  ClassName params(Operation operation) {
    return ClassName.get(
        resourcePackage(),
        JavaIdentifiers.upperCamel(operation.resource())
            + JavaIdentifiers.upperCamel(operation.name())
            + "Params");
  }

  String param(Operation operation, Param param) {
    return paramNames.get(operation).get(operation.params().indexOf(param));
  }

  /** A model or enum name; one that java.lang also has gets the API's name in front ({@code KrakenError}). */
  private String typeName(String specName, Set<String> taken) {
    String candidate = JavaIdentifiers.upperCamel(specName);
    if (JavaIdentifiers.isJavaLangType(candidate)) {
      candidate = apiName + candidate;
    }
    return unique(candidate, taken);
  }

  /**
   * Gives each wire name a Java name. A wire name that is already a clean identifier keeps it
   * ({@code id} stays {@code id}); a decorated one that collides gets a descriptive prefix
   * ({@code _id} beside {@code id} becomes {@code underscoreId}), then a number.
   */
  private static <T> List<String> resolve(List<T> items, Function<T, String> wireName, Set<String> reserved) {
    Set<String> taken = new HashSet<>(reserved);
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String wire = wireName.apply(items.get(i));
      String candidate = JavaIdentifiers.member(JavaIdentifiers.lowerCamel(wire));
      if (candidate.equals(wire) && taken.add(candidate)) {
        names.put(i, candidate);
      }
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String name = names.get(i);
      if (name == null) {
        String wire = wireName.apply(items.get(i));
        String candidate = JavaIdentifiers.member(JavaIdentifiers.lowerCamel(wire));
        if (taken.contains(candidate) && wire.startsWith("_")) {
          candidate = "underscore" + JavaIdentifiers.upperCamel(wire);
        }
        name = unique(candidate, taken);
      }
      result.add(name);
    }
    return result;
  }

  private static String unique(String candidate, Set<String> taken) {
    String name = candidate;
    for (int n = 2; !taken.add(name); n++) {
      name = candidate + n;
    }
    return name;
  }
}
