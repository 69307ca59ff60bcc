package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Turns SnakeYAML marks (0-based) into 1-based {@link Location}s in one spec file. */
final class Locator {
  private final String path;

  Locator(String path) {
    this.path = path;
  }

  Location at(Node node) {
    return at(node.getStartMark());
  }

  Location at(Mark mark) {
    return mark == null ? start() : new Location(path, mark.getLine() + 1, mark.getColumn() + 1);
  }

  Location at(int line, int column) {
    return new Location(path, line, column);
  }

  Location start() {
    return new Location(path, 1, 1);
  }
}
