package dev.krakencodegen.codegen.spec;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars like JSON and the YAML 1.2 core schema, not YAML 1.1: only
 * {@code true}/{@code false} are booleans ({@code yes}, {@code on}, {@code no} stay strings),
 * dates stay strings, and there are no merge keys. Examples are JSON, so they must read as
 * JSON reads.
 */
final class SpecResolver extends Resolver {
  private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
  private static final Pattern INTEGER = Pattern.compile("^[-+]?[0-9]+$");
  private static final Pattern DECIMAL =
      Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$");
  private static final Pattern NULL_VALUE = Pattern.compile("^(?:~|null|Null|NULL)$");
  private static final Pattern EMPTY_VALUE = Pattern.compile("^$");

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF", 5);
    addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
    addImplicitResolver(Tag.FLOAT, DECIMAL, "-+0123456789.");
    addImplicitResolver(Tag.NULL, NULL_VALUE, "~nN", 4);
    addImplicitResolver(Tag.NULL, EMPTY_VALUE, null, 1);
  }
}
