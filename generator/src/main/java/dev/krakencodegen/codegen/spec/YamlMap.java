package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read with a fixed set of allowed keys. Creating one reports duplicate keys
 * (at the second key) and unknown keys (with the nearest allowed key); the typed getters
 * report missing required keys and values of the wrong YAML type, and return {@code null}
 * then, so the reader can go on and find more errors.
 */
final class YamlMap {
  private final Node node;
  private final String context;
  private final Reading reading;
  private final Map<String, Entry> entries;

  /** A key (as written) and its value. */
  record Entry(Located<String> key, Node value) {}

  /** What every reader shares: the file's locator and the diagnostics collector. */
  record Reading(Locator locator, Diagnostics diagnostics) {
    void error(String code, Node at, String message) {
      diagnostics.error(code, locator.at(at), message);
    }
  }

  private YamlMap(Node node, String context, Reading reading, Map<String, Entry> entries) {
    this.node = node;
    this.context = context;
    this.reading = reading;
    this.entries = entries;
  }

  /**
   * Reads {@code node} as a mapping whose keys are all in {@code allowedKeys}; returns
   * {@code null} (after reporting) when it is not a mapping.
   *
   * @param context how messages name this mapping, e.g. {@code "model 'User'"}
   */
  static YamlMap of(Node node, String context, List<String> allowedKeys, Reading reading) {
    Map<String, Entry> entries = entries(node, context, "duplicate-key", reading);
    if (entries == null) {
      return null;
    }
    for (Entry e : entries.values()) {
      String key = e.key().value();
      if (!allowedKeys.contains(key)) {
        reading.diagnostics().error("unknown-key", e.key().location(),
            "unknown key '" + key + "' in " + context + NameSuggester.hint(key, allowedKeys));
      }
    }
    return new YamlMap(node, context, reading, entries);
  }

  /**
   * The entries of a mapping whose keys are names chosen by the spec author (models,
   * operations, fields…), in declaration order; {@code null} when not a mapping.
   */
  static Map<String, Entry> entries(Node node, String context, String duplicateCode, Reading reading) {
    if (!(node instanceof MappingNode mapping)) {
      reading.error("wrong-type", node, "expected a mapping for " + context + ", got " + kind(node));
      return null;
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || keyNode.getTag().equals(Tag.NULL)) {
        reading.error("wrong-type", keyNode, "keys in " + context + " must be strings, got " + kind(keyNode));
        continue;
      }
      String key = scalar.getValue();
      Location keyLocation = reading.locator().at(keyNode);
      Entry first = entries.get(key);
      if (first != null) {
        String what = duplicateCode.equals("duplicate-operation") ? "duplicate operation" : "duplicate key";
        reading.diagnostics().error(duplicateCode, keyLocation,
            what + " '" + key + "' in " + context + " (first defined at line " + first.key().location().line() + ")");
        continue;
      }
      entries.put(key, new Entry(new Located<>(key, keyLocation), tuple.getValueNode()));
    }
    return entries;
  }

  Location location() {
    return reading.locator().at(node);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Node node(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** Reports a missing required key at the mapping; returns whether it is present. */
  boolean require(String key) {
    if (!entries.containsKey(key)) {
      reading.error("missing-key", node, "missing required key '" + key + "' in " + context);
      return false;
    }
    return true;
  }

  /**
   * Any non-null scalar read as its text: {@code version: 1} means "1". Quoting is not
   * required for strings that happen to look like numbers.
   */
  Located<String> string(String key, boolean required) {
    Node value = value(key, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof ScalarNode scalar) || value.getTag().equals(Tag.NULL)) {
      wrongType(key, value, "a string");
      return null;
    }
    return new Located<>(scalar.getValue(), reading.locator().at(value));
  }

  Located<Boolean> bool(String key) {
    Node value = value(key, false);
    if (value == null) {
      return null;
    }
    if (!value.getTag().equals(Tag.BOOL)) {
      wrongType(key, value, "a boolean (true or false)");
      return null;
    }
    return new Located<>(Boolean.parseBoolean(((ScalarNode) value).getValue().toLowerCase(Locale.ROOT)),
        reading.locator().at(value));
  }

  Located<Integer> integer(String key) {
    Node value = value(key, false);
    if (value == null) {
      return null;
    }
    if (!value.getTag().equals(Tag.INT)) {
      wrongType(key, value, "an integer");
      return null;
    }
    BigInteger n = new BigInteger(((ScalarNode) value).getValue());
    if (n.bitLength() >= 32) {
      reading.error("invalid-value", value, "'" + key + "' in " + context + " is out of range: " + n);
      return null;
    }
    return new Located<>(n.intValue(), reading.locator().at(value));
  }

  Located<Double> number(String key) {
    Node value = value(key, false);
    if (value == null) {
      return null;
    }
    if (!value.getTag().equals(Tag.INT) && !value.getTag().equals(Tag.FLOAT)) {
      wrongType(key, value, "a number");
      return null;
    }
    String text = ((ScalarNode) value).getValue();
    double number = Double.parseDouble(text);
    if (value.getTag().equals(Tag.INT) && Double.isFinite(number)
        && new BigDecimal(number).compareTo(new BigDecimal(text)) != 0) {
      // A bound that silently changed would be checked against a different number than written.
      reading.error("invalid-value", value, "'" + key + "' in " + context + " is " + text
          + ", which a number cannot hold exactly (integers beyond 2^53 lose digits)");
      return null;
    }
    return new Located<>(number, reading.locator().at(value));
  }

  /** A sequence of strings; an absent key is an empty list. */
  List<Located<String>> stringList(String key) {
    List<Located<String>> out = new ArrayList<>();
    for (Node item : sequence(key)) {
      if (!(item instanceof ScalarNode scalar) || item.getTag().equals(Tag.NULL)) {
        reading.error("wrong-type", item, "expected a string in '" + key + "' of " + context + ", got " + kind(item));
      } else {
        out.add(new Located<>(scalar.getValue(), reading.locator().at(item)));
      }
    }
    return out;
  }

  /** The items of a sequence; an absent or malformed key is an empty list. */
  List<Node> sequence(String key) {
    Node value = value(key, false);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode seq)) {
      wrongType(key, value, "a list");
      return List.of();
    }
    return seq.getValue();
  }

  private Node value(String key, boolean required) {
    if (required && !require(key)) {
      return null;
    }
    return node(key);
  }

  private void wrongType(String key, Node value, String expected) {
    reading.error("wrong-type", value,
        "expected " + expected + " for '" + key + "' in " + context + ", got " + kind(value) + describe(value));
  }

  private static String describe(Node value) {
    if (value instanceof ScalarNode scalar && !value.getTag().equals(Tag.NULL)) {
      String text = scalar.getValue();
      return " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    return "";
  }

  /** The YAML type of a node in JSON words, for messages. */
  static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return "null";
    }
    if (tag.equals(Tag.BOOL)) {
      return "a boolean";
    }
    if (tag.equals(Tag.INT)) {
      return "an integer";
    }
    if (tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    return "a string";
  }
}
