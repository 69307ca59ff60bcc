package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The linked, valid model of one spec. Only the linker builds it, so emitters may assume
 * every reference resolves and every rule of {@code spec/FORMAT.md} holds. Lists keep
 * declaration order.
 *
 * @param specFileName the spec's file name without directories (used in generated headers)
 */
public record Api(
    String specFileName,
    String name,
    String title,
    String version,
    URI baseUrl,
    String mediaType,
    String javaPackage,
    Optional<String> docsUrl,
    Optional<String> description,
    Optional<String> errorModel,
    Auth auth,
    List<Scope> scopes,
    List<EnumType> enums,
    List<Model> models,
    List<Resource> resources,
    Location location) {

  public Model model(String modelName) {
    return models.stream()
        .filter(m -> m.name().equals(modelName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model " + modelName));
  }

  public EnumType enumType(String enumName) {
    return enums.stream()
        .filter(e -> e.name().equals(enumName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no enum " + enumName));
  }

  public boolean isEnum(String typeName) {
    return enums.stream().anyMatch(e -> e.name().equals(typeName));
  }

  /** Every operation of every resource, in declaration order. */
  public List<Operation> operations() {
    return resources.stream().flatMap(r -> r.operations().stream()).toList();
  }
}
