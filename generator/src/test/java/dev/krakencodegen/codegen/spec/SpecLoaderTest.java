package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.diag.Location;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.AuthMode;
import dev.krakencodegen.codegen.model.Body;
import dev.krakencodegen.codegen.model.Example;
import dev.krakencodegen.codegen.model.Field;
import dev.krakencodegen.codegen.model.HttpMethod;
import dev.krakencodegen.codegen.model.ListStyle;
import dev.krakencodegen.codegen.model.Model;
import dev.krakencodegen.codegen.model.Operation;
import dev.krakencodegen.codegen.model.Paging;
import dev.krakencodegen.codegen.model.Param;
import dev.krakencodegen.codegen.model.ParamIn;
import dev.krakencodegen.codegen.model.Placement;
import dev.krakencodegen.codegen.model.TypeRef;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads {@code valid/minimal.yaml} and checks the linked model: names resolved, defaults applied. */
class SpecLoaderTest {
  private static final String PATH = "src/test/resources/valid/minimal.yaml";
  private static Api api;

  @BeforeAll
  static void load() throws Exception {
    api = SpecLoader.load(SpecSource.read(Path.of(PATH)));
  }

  private static Operation op(String id) {
    return api.operations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private static Param param(Operation op, String name) {
    return op.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> fieldNames(Model model) {
    return model.fields().stream().map(Field::name).toList();
  }

  @Test
  void identity() {
    assertEquals("minimal.yaml", api.specFileName());
    assertEquals("Demo", api.name());
    assertEquals(URI.create("https://api.example.test/demo"), api.baseUrl());
    assertEquals("application/vnd.demo.v1+json", api.mediaType());
    assertEquals("test.demo", api.javaPackage());
    assertEquals(Optional.of("Error"), api.errorModel());
    assertEquals(new Location(PATH, 1, 1), api.location());
  }

  @Test
  void declarationOrderIsKept() {
    assertEquals(List.of("Error", "Links", "User", "AuthenticatedUser", "Token", "Root", "UserList", "UserUpdate"),
        api.models().stream().map(Model::name).toList());
    assertEquals(List.of("root", "users"), api.resources().stream().map(r -> r.name()).toList());
    assertEquals(List.of("root.get", "users.get", "users.me", "users.list", "users.update", "users.delete",
        "users.create", "users.blocks"), api.operations().stream().map(Operation::id).toList());
    assertEquals(List.of("user_read", "channel_editor"), api.scopes().stream().map(s -> s.name()).toList());
  }

  @Test
  void includesAreFlattenedIncludedFieldsFirst() {
    Model user = api.model("AuthenticatedUser");
    assertEquals(List.of("User"), user.includes());
    assertEquals(List.of("_id", "name", "bio", "created_at", "email", "updated_at"), fieldNames(user));
    Field email = user.fields().get(4);
    assertTrue(email.sensitive());
    assertEquals(new Location(PATH, 45, 7), email.location());
  }

  @Test
  void fieldTypesAndFlags() {
    Model user = api.model("User");
    assertEquals(new TypeRef.Primitive(TypeRef.Scalar.INT64), user.fields().get(0).type());
    Field bio = user.fields().get(2);
    assertTrue(bio.nullable());
    assertFalse(bio.optional());
    Model list = api.model("UserList");
    assertEquals(new TypeRef.ListOf(new TypeRef.ModelRef("User")), list.fields().get(0).type());
    assertEquals(new TypeRef.ModelRef("Links"), list.fields().get(1).type());
    Field byPeriod = list.fields().get(2);
    assertEquals("map<list<int32>>", byPeriod.type().spelling());
    assertTrue(byPeriod.optional());
    assertEquals(List.of("week", "month", "all"), api.enumType("Period").values());
  }

  @Test
  void timestampFormatsDefaultToIso8601() {
    Model user = api.model("AuthenticatedUser");
    assertEquals(Optional.of("iso8601"), user.fields().get(3).timestampFormat());
    assertEquals(Optional.of("EEE MMM dd HH:mm:ss yyyy"), user.fields().get(5).timestampFormat());
    assertEquals(Optional.empty(), user.fields().get(1).timestampFormat());
  }

  @Test
  void authModeDefaultsFollowScopes() {
    assertEquals(AuthMode.OPTIONAL, op("root.get").auth());
    assertEquals(AuthMode.NONE, op("users.get").auth());
    assertEquals(AuthMode.REQUIRED, op("users.me").auth());
    assertEquals(List.of("user_read"), op("users.me").scopes());
    assertEquals(AuthMode.REQUIRED, op("users.delete").auth());
  }

  @Test
  void statusDefaultsTo200Or204() {
    assertEquals(200, op("users.get").status());
    assertEquals(Optional.of(new TypeRef.ModelRef("User")), op("users.get").returns());
    assertEquals(204, op("users.delete").status());
    assertEquals(Optional.empty(), op("users.delete").returns());
    assertEquals(201, op("users.create").status());
  }

  @Test
  void idempotentDefaultsByMethod() {
    assertEquals(HttpMethod.GET, op("users.get").method());
    assertTrue(op("users.get").idempotent());
    assertTrue(op("users.update").idempotent());
    assertTrue(op("users.delete").idempotent());
    assertEquals(HttpMethod.POST, op("users.create").method());
    assertFalse(op("users.create").idempotent());
    assertTrue(op("users.create").notImplemented());
    assertFalse(op("users.get").notImplemented());
  }

  @Test
  void paramsGetDefaultsAndPathParamsAreRequired() {
    Param user = param(op("users.get"), "user");
    assertEquals(ParamIn.PATH, user.in());
    assertTrue(user.required());
    assertEquals("/users/{user}", op("users.get").path());

    Operation list = op("users.list");
    Param limit = param(list, "limit");
    assertEquals(Optional.of(1.0), limit.min());
    assertEquals(Optional.of(100.0), limit.max());
    assertEquals(Optional.of(25L), limit.defaultValue());
    assertFalse(limit.required());
    assertEquals(ListStyle.COMMA, limit.style());
    Param names = param(list, "names");
    assertEquals(ListStyle.SPACE, names.style());
    assertEquals(List.of("n"), names.aliases());
    assertEquals(new TypeRef.ListOf(new TypeRef.Primitive(TypeRef.Scalar.STRING)), names.type());
    assertEquals(new TypeRef.EnumRef("Period"), param(list, "period").type());
    assertEquals(Optional.of("week"), param(list, "period").defaultValue());
    assertTrue(param(op("users.create"), "password").sensitive());
    assertEquals(ParamIn.FORM, param(op("users.create"), "password").in());
  }

  @Test
  void pagingNextDefaultsToLinksNext() {
    assertEquals(Optional.of(new Paging("users", "limit", "offset", List.of("_links", "next"))),
        op("users.list").paging());
    assertEquals(Optional.empty(), op("users.get").paging());
  }

  @Test
  void bodyAndListReturns() {
    assertEquals(Optional.of(new Body("UserUpdate", Optional.of("user"))), op("users.update").body());
    assertEquals(Optional.of(new TypeRef.ListOf(new TypeRef.ModelRef("User"))), op("users.blocks").returns());
  }

  @Test
  void examplesBecomePlainJsonValues() {
    List<Example> examples = op("users.get").examples();
    assertEquals(2, examples.size());
    Example ok = examples.get(0);
    assertEquals(200, ok.status());
    assertEquals(Map.of("user", "hebo"), ok.pathParams());
    @SuppressWarnings("unchecked")
    Map<String, Object> response = (Map<String, Object>) ok.response().orElseThrow();
    assertEquals(List.of("_id", "name", "bio", "created_at"), List.copyOf(response.keySet()));
    assertEquals(1L, response.get("_id"));
    assertTrue(response.containsKey("bio"));
    assertEquals(null, response.get("bio"));
    assertEquals(404, examples.get(1).status());

    Example first = op("users.list").examples().get(0);
    assertEquals(Optional.of("first"), first.name());
    assertEquals(Map.of("limit", 1L, "names", List.of("a", "b"), "period", "month"), first.queryParams());

    Example update = op("users.update").examples().get(0);
    assertEquals(Optional.of(Map.of("user", Map.of("bio", "new"))), update.body());
    assertEquals(Optional.empty(), update.response());
  }

  @Test
  void auth() {
    assertEquals(Optional.of(new Placement(ParamIn.QUERY, "client_id")), api.auth().clientId());
    var token = api.auth().token().orElseThrow();
    assertEquals(ParamIn.HEADER, token.in());
    assertEquals("OAuth {token}", token.format());
    assertEquals(List.of(new Placement(ParamIn.QUERY, "oauth_token")), token.alternatives());
    var oauth2 = api.auth().oauth2().orElseThrow();
    assertEquals(List.of("authorization_code", "implicit"), oauth2.flows());
    assertEquals(" ", oauth2.scopeSeparator());
    var granted = api.auth().grantedScopes().orElseThrow();
    assertEquals("root.get", granted.operationId());
    assertEquals("/token/scopes", granted.pointer());
  }

  @Test
  void loadingIsDeterministic() throws Exception {
    Api again = SpecLoader.load(SpecSource.read(Path.of(PATH)));
    assertEquals(api, again);
  }

  @Test
  void yamlOneOneBooleansStayStrings() throws Exception {
    String spec = """
        kraken-spec: 1
        api: {name: Demo, title: Demo, version: 1, baseUrl: "https://x.test", mediaType: a/b, javaPackage: a.b}
        scopes:
          yes_scope: no
        models:
          M: {fields: {answer: string, when: string}}
        resources:
          r:
            operations:
              get:
                summary: on
                http: GET /r
                returns: M
                examples:
                  - response: {answer: yes, when: 2012-01-01}
        """;
    Api loaded = SpecLoader.load(new SpecSource("inline.yaml", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("1", loaded.version());
    assertEquals("no", loaded.scopes().get(0).description());
    assertEquals("on", loaded.operations().get(0).summary());
    assertEquals(Optional.of(Map.of("answer", "yes", "when", "2012-01-01")),
        loaded.operations().get(0).examples().get(0).response());
  }

  /**
   * The Kraken spec loads, which means every documented example in it matched its model (the
   * loader rejects any that does not); the counts keep a truncated spec from passing.
   */
  @Test
  void bundledKrakenSpecIsValidWithAllItsExamples() throws Exception {
    Api kraken = SpecLoader.load(SpecSource.bundled());
    assertEquals("kraken-v1.yaml", kraken.specFileName());
    assertEquals(27, kraken.operations().size());
    assertEquals(8, kraken.scopes().size());
    long examples = kraken.operations().stream().mapToLong(o -> o.examples().size()).sum();
    long responses = kraken.operations().stream().flatMap(o -> o.examples().stream())
        .filter(e -> e.response().isPresent()).count();
    assertTrue(examples >= 30 && responses >= 25, examples + " examples, " + responses + " with a response");
  }
}
