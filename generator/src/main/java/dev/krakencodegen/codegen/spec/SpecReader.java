package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds the raw element tree from YAML nodes. Checks only the shape (which keys exist, which
 * YAML type each value has); meaning (names, references, rules between elements) is the
 * linker's job.
 */
final class SpecReader {
  private static final List<String> TOP_KEYS =
      List.of("kraken-spec", "api", "auth", "scopes", "enums", "models", "resources");
  private static final List<String> API_KEYS = List.of(
      "name", "title", "version", "baseUrl", "mediaType", "javaPackage", "docsUrl", "errorModel", "description");
  private static final List<String> AUTH_KEYS = List.of("clientId", "token", "oauth2", "grantedScopes");
  private static final List<String> PLACEMENT_KEYS = List.of("in", "name");
  private static final List<String> TOKEN_KEYS = List.of("in", "name", "format", "alternatives");
  private static final List<String> OAUTH2_KEYS = List.of("authorizeUrl", "tokenUrl", "flows", "scopeSeparator");
  private static final List<String> GRANTED_KEYS = List.of("operation", "pointer");
  private static final List<String> ENUM_KEYS = List.of("description", "values");
  private static final List<String> MODEL_KEYS = List.of("description", "docs", "includes", "fields");
  private static final List<String> FIELD_KEYS =
      List.of("type", "nullable", "optional", "format", "sensitive", "description");
  private static final List<String> RESOURCE_KEYS = List.of("description", "docs", "operations");
  private static final List<String> OPERATION_KEYS = List.of(
      "summary", "description", "docs", "http", "auth", "scopes", "params", "body", "returns", "status",
      "paging", "idempotent", "notImplemented", "examples");
  private static final List<String> PARAM_KEYS = List.of(
      "in", "type", "required", "default", "min", "max", "aliases", "style", "sensitive", "description");
  private static final List<String> BODY_KEYS = List.of("model", "wrap");
  private static final List<String> PAGING_KEYS = List.of("style", "items", "limit", "offset", "next");
  private static final List<String> EXAMPLE_KEYS =
      List.of("name", "description", "request", "status", "response");
  private static final List<String> REQUEST_KEYS = List.of("path", "query", "form", "body");

  private final YamlMap.Reading reading;

  SpecReader(Locator locator, Diagnostics diagnostics) {
    this.reading = new YamlMap.Reading(locator, diagnostics);
  }

  /** Returns {@code null} when the document is not a mapping at all (after reporting). */
  Raw.Spec read(Node root) {
    if (root == null) {
      reading.diagnostics().error("missing-key", reading.locator().start(), "spec is empty; expected a mapping with 'kraken-spec', 'api' and 'resources'");
      return null;
    }
    YamlMap top = YamlMap.of(root, "the spec", TOP_KEYS, reading);
    if (top == null) {
      return null;
    }
    checkFormatVersion(top);
    Raw.Api api = top.require("api") ? api(top.node("api")) : null;
    Raw.Auth auth = top.has("auth") ? auth(top.node("auth")) : null;
    List<Raw.Resource> resources = top.require("resources") ? resources(top.node("resources")) : List.of();
    return new Raw.Spec(api, auth, scopes(top.node("scopes")), enums(top.node("enums")),
        models(top.node("models")), resources, top.location());
  }

  private void checkFormatVersion(YamlMap top) {
    if (!top.require("kraken-spec")) {
      return;
    }
    Located<Integer> version = top.integer("kraken-spec");
    if (version != null && version.value() != 1) {
      reading.diagnostics().error("invalid-value", version.location(),
          "unsupported kraken-spec version " + version.value() + "; this loader reads version 1");
    }
  }

  private Raw.Api api(Node node) {
    YamlMap m = YamlMap.of(node, "api", API_KEYS, reading);
    if (m == null) {
      return null;
    }
    return new Raw.Api(m.string("name", true), m.string("title", true), m.string("version", true),
        m.string("baseUrl", true), m.string("mediaType", true), m.string("javaPackage", true),
        m.string("docsUrl", false), m.string("errorModel", false), m.string("description", false),
        m.location());
  }

  private Raw.Auth auth(Node node) {
    YamlMap m = YamlMap.of(node, "auth", AUTH_KEYS, reading);
    if (m == null) {
      return null;
    }
    Raw.Placement clientId = m.has("clientId") ? placement(m.node("clientId"), "auth.clientId") : null;
    Raw.Token token = m.has("token") ? token(m.node("token")) : null;
    Raw.OAuth2 oauth2 = null;
    if (m.has("oauth2")) {
      YamlMap o = YamlMap.of(m.node("oauth2"), "auth.oauth2", OAUTH2_KEYS, reading);
      if (o != null) {
        o.require("flows");
        oauth2 = new Raw.OAuth2(o.string("authorizeUrl", true), o.string("tokenUrl", true),
            o.stringList("flows"), o.string("scopeSeparator", false), o.location());
      }
    }
    Raw.GrantedScopes granted = null;
    if (m.has("grantedScopes")) {
      YamlMap g = YamlMap.of(m.node("grantedScopes"), "auth.grantedScopes", GRANTED_KEYS, reading);
      if (g != null) {
        granted = new Raw.GrantedScopes(g.string("operation", true), g.string("pointer", true), g.location());
      }
    }
    return new Raw.Auth(clientId, token, oauth2, granted, m.location());
  }

  private Raw.Placement placement(Node node, String context) {
    YamlMap m = YamlMap.of(node, context, PLACEMENT_KEYS, reading);
    return m == null ? null : new Raw.Placement(m.string("in", true), m.string("name", true), m.location());
  }

  private Raw.Token token(Node node) {
    YamlMap m = YamlMap.of(node, "auth.token", TOKEN_KEYS, reading);
    if (m == null) {
      return null;
    }
    List<Raw.Placement> alternatives = new ArrayList<>();
    for (Node item : m.sequence("alternatives")) {
      Raw.Placement p = placement(item, "auth.token.alternatives");
      if (p != null) {
        alternatives.add(p);
      }
    }
    return new Raw.Token(m.string("in", true), m.string("name", true), m.string("format", false),
        alternatives, m.location());
  }

  private List<Raw.Scope> scopes(Node node) {
    List<Raw.Scope> out = new ArrayList<>();
    for (YamlMap.Entry e : named(node, "scopes", "duplicate-key")) {
      Node value = e.value();
      if (!(value instanceof ScalarNode scalar) || value.getTag().equals(Tag.NULL)) {
        reading.error("wrong-type", value, "expected a description string for scope '" + e.key().value()
            + "', got " + YamlMap.kind(value));
        continue;
      }
      out.add(new Raw.Scope(e.key(), new Located<>(scalar.getValue(), reading.locator().at(value)),
          e.key().location()));
    }
    return out;
  }

  private List<Raw.EnumDef> enums(Node node) {
    List<Raw.EnumDef> out = new ArrayList<>();
    for (YamlMap.Entry e : named(node, "enums", "duplicate-key")) {
      YamlMap m = YamlMap.of(e.value(), "enum '" + e.key().value() + "'", ENUM_KEYS, reading);
      if (m != null) {
        m.require("values");
        out.add(new Raw.EnumDef(e.key(), m.string("description", false), m.stringList("values"), e.key().location()));
      }
    }
    return out;
  }

  private List<Raw.ModelDef> models(Node node) {
    List<Raw.ModelDef> out = new ArrayList<>();
    for (YamlMap.Entry e : named(node, "models", "duplicate-key")) {
      String context = "model '" + e.key().value() + "'";
      YamlMap m = YamlMap.of(e.value(), context, MODEL_KEYS, reading);
      if (m == null) {
        continue;
      }
      List<Raw.FieldDef> fields = new ArrayList<>();
      if (m.require("fields")) {
        if (m.node("fields") instanceof MappingNode f && f.getValue().isEmpty()) {
          reading.error("invalid-value", f, context + " needs at least one field");
        }
        for (YamlMap.Entry f : named(m.node("fields"), "fields of " + context, "duplicate-key")) {
          Raw.FieldDef field = field(f, context);
          if (field != null) {
            fields.add(field);
          }
        }
      }
      out.add(new Raw.ModelDef(e.key(), m.string("description", false), m.string("docs", false),
          m.stringList("includes"), fields, e.key().location()));
    }
    return out;
  }

  private Raw.FieldDef field(YamlMap.Entry f, String modelContext) {
    Node value = f.value();
    if (value instanceof ScalarNode scalar && !value.getTag().equals(Tag.NULL)) {
      // Short form: just the type.
      return new Raw.FieldDef(f.key(), new Located<>(scalar.getValue(), reading.locator().at(value)),
          null, null, null, null, null, f.key().location());
    }
    if (!(value instanceof MappingNode)) {
      reading.error("wrong-type", value, "expected a type or a mapping for field '" + f.key().value()
          + "' of " + modelContext + ", got " + YamlMap.kind(value));
      return null;
    }
    YamlMap m = YamlMap.of(value, "field '" + f.key().value() + "' of " + modelContext, FIELD_KEYS, reading);
    return new Raw.FieldDef(f.key(), m.string("type", true), m.bool("nullable"), m.bool("optional"),
        m.string("format", false), m.bool("sensitive"), m.string("description", false), f.key().location());
  }

  private List<Raw.Resource> resources(Node node) {
    List<Raw.Resource> out = new ArrayList<>();
    List<YamlMap.Entry> resources = named(node, "resources", "duplicate-key");
    if (resources.isEmpty() && node instanceof MappingNode) {
      // A spec without operations generates an empty client: surely a mistake.
      reading.error("invalid-value", node, "'resources' needs at least one resource");
    }
    for (YamlMap.Entry e : resources) {
      String context = "resource '" + e.key().value() + "'";
      YamlMap m = YamlMap.of(e.value(), context, RESOURCE_KEYS, reading);
      if (m == null) {
        continue;
      }
      List<Raw.OperationDef> operations = new ArrayList<>();
      if (m.require("operations")) {
        List<YamlMap.Entry> entries = named(m.node("operations"), "operations of " + context, "duplicate-operation");
        if (entries.isEmpty() && m.node("operations") instanceof MappingNode) {
          reading.error("invalid-value", m.node("operations"), context + " needs at least one operation");
        }
        for (YamlMap.Entry o : entries) {
          Raw.OperationDef op = operation(o, e.key().value());
          if (op != null) {
            operations.add(op);
          }
        }
      }
      out.add(new Raw.Resource(e.key(), m.string("description", false), m.string("docs", false),
          operations, e.key().location()));
    }
    return out;
  }

  private Raw.OperationDef operation(YamlMap.Entry e, String resource) {
    String id = resource + "." + e.key().value();
    YamlMap m = YamlMap.of(e.value(), "operation '" + id + "'", OPERATION_KEYS, reading);
    if (m == null) {
      return null;
    }
    List<Raw.ParamDef> params = new ArrayList<>();
    for (YamlMap.Entry p : named(m.node("params"), "params of operation '" + id + "'", "duplicate-key")) {
      Raw.ParamDef param = param(p, id);
      if (param != null) {
        params.add(param);
      }
    }
    Raw.BodyDef body = null;
    if (m.has("body")) {
      YamlMap b = YamlMap.of(m.node("body"), "body of operation '" + id + "'", BODY_KEYS, reading);
      if (b != null) {
        body = new Raw.BodyDef(b.string("model", true), b.string("wrap", false), b.location());
      }
    }
    Raw.PagingDef paging = null;
    if (m.has("paging")) {
      YamlMap p = YamlMap.of(m.node("paging"), "paging of operation '" + id + "'", PAGING_KEYS, reading);
      if (p != null) {
        paging = new Raw.PagingDef(p.string("style", false), p.string("items", true), p.string("limit", true),
            p.string("offset", true), p.string("next", false), p.location());
      }
    }
    List<Raw.ExampleDef> examples = new ArrayList<>();
    for (Node item : m.sequence("examples")) {
      Raw.ExampleDef example = example(item, id);
      if (example != null) {
        examples.add(example);
      }
    }
    return new Raw.OperationDef(e.key(), m.string("summary", true), m.string("description", false),
        m.string("docs", false), m.string("http", true), m.string("auth", false), m.stringList("scopes"),
        params, body, m.string("returns", false), m.integer("status"), paging, m.bool("idempotent"),
        m.bool("notImplemented"), examples, e.key().location());
  }

  private Raw.ParamDef param(YamlMap.Entry e, String operationId) {
    YamlMap m = YamlMap.of(e.value(), "param '" + e.key().value() + "' of operation '" + operationId + "'",
        PARAM_KEYS, reading);
    if (m == null) {
      return null;
    }
    RawJson defaultValue = m.has("default") ? json(m.node("default")) : null;
    return new Raw.ParamDef(e.key(), m.string("in", true), m.string("type", true), m.bool("required"),
        defaultValue, m.number("min"), m.number("max"), m.stringList("aliases"), m.string("style", false),
        m.bool("sensitive"), m.string("description", false), e.key().location());
  }

  private Raw.ExampleDef example(Node node, String operationId) {
    String context = "an example of operation '" + operationId + "'";
    YamlMap m = YamlMap.of(node, context, EXAMPLE_KEYS, reading);
    if (m == null) {
      return null;
    }
    RawJson.Obj path = null;
    RawJson.Obj query = null;
    RawJson.Obj form = null;
    RawJson body = null;
    if (m.has("request")) {
      YamlMap r = YamlMap.of(m.node("request"), "the request of " + context, REQUEST_KEYS, reading);
      if (r != null) {
        path = object(r.node("path"), "request path of " + context);
        query = object(r.node("query"), "request query of " + context);
        form = object(r.node("form"), "request form of " + context);
        body = r.has("body") ? json(r.node("body")) : null;
      }
    }
    RawJson response = m.has("response") ? json(m.node("response")) : null;
    return new Raw.ExampleDef(m.string("name", false), m.string("description", false), path, query, form,
        body, m.integer("status"), response, m.location());
  }

  private RawJson.Obj object(Node node, String context) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode)) {
      reading.error("wrong-type", node, "expected a mapping for the " + context + ", got " + YamlMap.kind(node));
      return null;
    }
    return (RawJson.Obj) json(node);
  }

  /** A YAML value read as JSON; duplicate keys are reported and the first one kept. */
  RawJson json(Node node) {
    Location at = reading.locator().at(node);
    if (node instanceof MappingNode) {
      Map<String, YamlMap.Entry> entries = YamlMap.entries(node, "a json object", "duplicate-key", reading);
      List<RawJson.Member> members = new ArrayList<>();
      for (YamlMap.Entry e : entries.values()) {
        members.add(new RawJson.Member(e.key().value(), e.key().location(), json(e.value())));
      }
      return new RawJson.Obj(members, at);
    }
    if (node instanceof SequenceNode seq) {
      return new RawJson.Arr(seq.getValue().stream().map(this::json).toList(), at);
    }
    String text = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return new RawJson.Null(at);
    }
    if (tag.equals(Tag.BOOL)) {
      return new RawJson.Bool(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)), at);
    }
    if (tag.equals(Tag.INT)) {
      return new RawJson.Int(new BigInteger(text), at);
    }
    if (tag.equals(Tag.FLOAT)) {
      return new RawJson.Num(Double.parseDouble(text), at);
    }
    return new RawJson.Str(text, at);
  }

  /** The entries of an optional name→definition mapping; empty when absent or malformed. */
  private List<YamlMap.Entry> named(Node node, String context, String duplicateCode) {
    if (node == null) {
      return List.of();
    }
    Map<String, YamlMap.Entry> entries = YamlMap.entries(node, context, duplicateCode, reading);
    return entries == null ? List.of() : List.copyOf(entries.values());
  }
}
