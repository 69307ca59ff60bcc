package dev.krakencodegen.codegen.specfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.spec.SpecLoader;
import dev.krakencodegen.codegen.spec.SpecSource;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates every spec in spec/ against spec/kraken-spec.schema.json, and shows that the
 * schema rejects typical mistakes, so the check can fail.
 */
class SpecSchemaTest {
  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  /** A small spec that uses most of the format; the broken variants edit one line of it. */
  private static final String VALID =
      """
      kraken-spec: 1
      api:
        name: Demo
        title: Demo API
        version: v1
        baseUrl: https://api.example.test/demo
        mediaType: application/vnd.demo.v1+json
        javaPackage: test.demo
        errorModel: Error
      auth:
        clientId: {in: query, name: client_id}
        token: {in: header, name: Authorization, format: "OAuth {token}"}
      scopes:
        thing_read: Read things.
      enums:
        Kind:
          values: [small, large]
      models:
        Error:
          fields:
            message: string
            status: int32
            error: string
        Thing:
          fields:
            id: int64
            kind: Kind
            seen_at: {type: timestamp, format: iso8601}
        ThingList:
          fields:
            things: list<Thing>
            _links: map<url>
      resources:
        things:
          operations:
            get:
              summary: Get a thing.
              http: GET /things/{id}
              params:
                id: {in: path, type: int64}
              returns: Thing
              examples:
                - request: {path: {id: 7}}
                  response: {id: 7, kind: small, seen_at: "2012-01-01T00:00:00Z"}
            list:
              summary: List things.
              http: GET /things
              scopes: [thing_read]
              params:
                kind: {in: query, type: list<Kind>, style: comma}
                limit: {in: query, type: int32, min: 1, max: 100, default: 25}
                offset: {in: query, type: int32, default: 0}
              returns: ThingList
              paging: {style: offset, items: things, limit: limit, offset: offset}
      """;

  private static JsonSchemaFactory factory;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    schema = factory.getSchema(read(SpecFiles.specDir().resolve("kraken-spec.schema.json")));
  }

  @Test
  void schemaIsAValidDraft07Schema() throws IOException {
    // The meta-schema ships inside the validator, so this needs no network.
    JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(DRAFT_07));
    String schemaText = read(SpecFiles.specDir().resolve("kraken-spec.schema.json"));
    assertEquals("", describe(metaSchema.validate(schemaText, InputFormat.JSON)));
  }

  @TestFactory
  Stream<DynamicTest> everySpecFileMatchesTheSchema() throws IOException {
    List<Path> specs = SpecFiles.specYamlFiles();
    assertTrue(
        specs.stream().anyMatch(p -> p.getFileName().toString().equals("kraken-v1.yaml")),
        "spec/kraken-v1.yaml is missing; found " + specs);
    return specs.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.getFileName().toString(),
                    () -> assertEquals("", describe(validateYaml(read(spec))), spec.toString())));
  }

  @Test
  void everySpecFileDeclaresTheSchemaForEditors() throws IOException {
    for (Path spec : SpecFiles.specYamlFiles()) {
      String firstLine = read(spec).lines().findFirst().orElse("");
      assertEquals(
          "# yaml-language-server: $schema=kraken-spec.schema.json", firstLine, spec.toString());
    }
  }

  @Test
  void validSnippetIsAccepted() {
    // The broken variants below are this snippet with one edit, so their errors come from it.
    assertEquals("", describe(validateYaml(VALID)));
  }

  @TestFactory
  Stream<DynamicTest> brokenSnippetsAreRejected() {
    return Stream.of(
            broken(
                "unknown top-level key",
                VALID + "extras: {}\n",
                "$",
                "additionalProperties",
                "extras"),
            broken(
                "unknown operation key",
                edit("summary: Get a thing.", "summery: Get a thing."),
                "$.resources.things.operations.get",
                "additionalProperties",
                "summery"),
            broken(
                "bad param in",
                edit("id: {in: path, type: int64}", "id: {in: body, type: int64}"),
                "$.resources.things.operations.get.params.id.in",
                "enum",
                "path"),
            broken(
                "bad token in",
                edit("token: {in: header,", "token: {in: cookie,"),
                "$.auth.token.in",
                "enum",
                "header"),
            broken(
                "unknown http method",
                edit("http: GET /things/{id}", "http: FETCH /things/{id}"),
                "$.resources.things.operations.get.http",
                "pattern",
                "GET|POST"),
            broken(
                "unknown field key",
                edit("{type: timestamp, format: iso8601}", "{type: timestamp, fromat: iso8601}"),
                "$.models.Thing.fields.seen_at",
                "additionalProperties",
                "fromat"),
            broken(
                "format on a non-timestamp",
                edit("id: int64", "id: {type: int64, format: iso8601}"),
                "$.models.Thing.fields.id.type",
                "pattern",
                "timestamp"),
            broken(
                "format on a list of strings",
                edit("id: int64", "id: {type: list<string>, format: iso8601}"),
                "$.models.Thing.fields.id.type",
                "pattern",
                "timestamp"),
            broken(
                "keyword in javaPackage",
                edit("javaPackage: test.demo", "javaPackage: test.int"),
                "$.api.javaPackage",
                "pattern",
                "^"),
            broken(
                "underscore segment in javaPackage",
                edit("javaPackage: test.demo", "javaPackage: test._"),
                "$.api.javaPackage",
                "pattern",
                "^"),
            broken(
                "no resources",
                VALID.substring(0, VALID.indexOf("resources:")) + "resources: {}\n",
                "$.resources",
                "minProperties",
                "1"),
            broken(
                "resource without operations",
                edit("    operations:\n      get:", "    operations: {}\n  more:\n    operations:\n      get:"),
                "$.resources.things.operations",
                "minProperties",
                "1"),
            broken(
                "optional path parameter",
                edit("id: {in: path, type: int64}", "id: {in: path, type: int64, required: false}"),
                "$.resources.things.operations.get.params.id.required",
                "const",
                "true"),
            broken(
                "bounds on a string",
                edit(
                    "offset: {in: query, type: int32,",
                    "offset: {in: query, type: string, max: 9,"),
                "$.resources.things.operations.list.params.offset.type",
                "enum",
                "int32"),
            broken(
                "bad list style",
                edit("style: comma", "style: pipes"),
                "$.resources.things.operations.list.params.kind.style",
                "enum",
                "space"),
            broken(
                "unknown flow",
                edit(
                    "  token: {in: header",
                    "  oauth2: {authorizeUrl: https://a.test/a, tokenUrl: https://a.test/t,"
                        + " flows: [device]}\n  token: {in: header"),
                "$.auth.oauth2.flows[0]",
                "enum",
                "authorization_code"),
            broken(
                "lowercase model name",
                edit("  Thing:\n", "  thing:\n"),
                "$.models",
                "propertyNames",
                "thing"),
            broken(
                "wrong format version",
                edit("kraken-spec: 1", "kraken-spec: 2"),
                "$.kraken-spec",
                "const",
                "1"),
            broken(
                "missing summary",
                edit("summary: List things.", "description: List things."),
                "$.resources.things.operations.list",
                "required",
                "summary"))
        .map(b -> DynamicTest.dynamicTest(b.name(), () -> assertRejected(b)));
  }

  /**
   * The schema and the loader agree where they used to differ: both accept or both reject
   * each variant of the valid snippet.
   */
  @TestFactory
  Stream<DynamicTest> schemaAndLoaderAgree() {
    return Stream.of(
            agree("paging without style (default offset)", edit("paging: {style: offset, ", "paging: {"), true),
            agree("format on list<timestamp>", edit("id: int64", "id: int64\n      seen: {type: list<timestamp>, format: iso8601, optional: true}"), true),
            agree("format on map<timestamp>", edit("id: int64", "id: int64\n      seen: {type: map<timestamp>, format: \"yyyy-MM-dd HH:mm:ss\", optional: true}"), true),
            agree("format on int64", edit("id: int64", "id: {type: int64, format: iso8601}"), false),
            agree("uppercase package segment", edit("javaPackage: test.demo", "javaPackage: test.Demo"), true),
            agree("dollar and underscore in a segment", edit("javaPackage: test.demo", "javaPackage: test._de$mo"), true),
            agree("keyword prefix is no keyword", edit("javaPackage: test.demo", "javaPackage: integer.classes"), true),
            agree("keyword segment", edit("javaPackage: test.demo", "javaPackage: test.int"), false),
            agree("literal segment", edit("javaPackage: test.demo", "javaPackage: null.demo"), false),
            agree("lone underscore segment", edit("javaPackage: test.demo", "javaPackage: test._"), false),
            agree("empty segment", edit("javaPackage: test.demo", "javaPackage: test..demo"), false),
            agree("segment starting with a digit", edit("javaPackage: test.demo", "javaPackage: test.1demo"), false),
            agree("no resources", VALID.substring(0, VALID.indexOf("resources:")) + "resources: {}\n", false),
            agree("resource without operations",
                edit("    operations:\n      get:", "    operations: {}\n  more:\n    operations:\n      get:"),
                false))
        .map(a -> DynamicTest.dynamicTest(a.name(), () -> {
          assertEquals(a.accepted(), validateYaml(a.yaml()).isEmpty(), () -> "schema: " + describe(validateYaml(a.yaml())));
          assertEquals(a.accepted(), loads(a.yaml()), () -> "loader: " + loaderErrors(a.yaml()));
        }));
  }

  private record Agreement(String name, String yaml, boolean accepted) {}

  private static Agreement agree(String name, String yaml, boolean accepted) {
    assertFalse(yaml.equals(VALID), "the edit changed nothing");
    return new Agreement(name, yaml, accepted);
  }

  private static boolean loads(String yaml) {
    try {
      SpecLoader.load(new SpecSource("snippet.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
      return true;
    } catch (SpecException e) {
      return false;
    }
  }

  private static String loaderErrors(String yaml) {
    try {
      SpecLoader.load(new SpecSource("snippet.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
      return "none";
    } catch (SpecException e) {
      return e.getMessage();
    }
  }

  @Test
  void validSnippetLoads() {
    assertTrue(loads(VALID));
  }

  /**
   * A snippet the schema must reject with a {@code keyword} error at {@code location} (a
   * JSON path) whose message mentions {@code mentions}.
   */
  private record Broken(
      String name, String yaml, String location, String keyword, String mentions) {}

  private static Broken broken(
      String name, String yaml, String location, String keyword, String mentions) {
    return new Broken(name, yaml, location, keyword, mentions);
  }

  /** The valid snippet with one exact, unique edit. */
  private static String edit(String from, String to) {
    int at = VALID.indexOf(from);
    if (at < 0 || VALID.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly one '" + from + "' in the snippet");
    }
    return VALID.substring(0, at) + to + VALID.substring(at + from.length());
  }

  private static void assertRejected(Broken broken) {
    assertFalse(broken.yaml().equals(VALID), "the edit changed nothing");
    Set<ValidationMessage> errors = validateYaml(broken.yaml());
    assertFalse(errors.isEmpty(), "schema accepted: " + broken.name());
    // The error must be about the edited element, not some unrelated part of the snippet.
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.getInstanceLocation().toString().equals(broken.location())
                        && e.getType().equals(broken.keyword())
                        && e.getMessage().contains(broken.mentions())),
        () ->
            "expected a "
                + broken.keyword()
                + " error at "
                + broken.location()
                + " mentioning '"
                + broken.mentions()
                + "', got:\n"
                + describe(errors));
  }

  private static Set<ValidationMessage> validateYaml(String yaml) {
    return schema.validate(yaml, InputFormat.YAML);
  }

  private static String describe(Set<ValidationMessage> errors) {
    return errors.stream()
        .map(ValidationMessage::toString)
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
