package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Diagnostic;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Scans the YAML event stream for what the format forbids before anything is composed:
 * anchors and aliases (alias bombs), explicit tags ({@code !foo}, {@code !!java…}), nesting
 * deeper than {@link SpecLimits#MAX_DEPTH} and more than one document. Streaming keeps this
 * safe on any input: the parser itself does not recurse.
 */
final class YamlGuard {
  private final Locator locator;

  YamlGuard(Locator locator) {
    this.locator = locator;
  }

  /** The first forbidden construct found, as a diagnostic. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    Rejected(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  void check(Parser parser) {
    int depth = 0;
    int documents = 0;
    while (true) {
      Event event = parser.getEvent();
      switch (event.getEventId()) {
        case StreamEnd:
          return;
        case DocumentStart:
          documents++;
          if (documents > 1) {
            reject(event, "yaml-syntax", "a spec is one yaml document, found a second one");
          }
          break;
        case Alias:
          reject(event, "alias-not-allowed",
              "aliases are not allowed ('*" + ((AliasEvent) event).getAnchor() + "')");
          break;
        case MappingStart:
        case SequenceStart:
          depth++;
          if (depth > SpecLimits.MAX_DEPTH) {
            reject(event, "too-deep",
                "nesting is deeper than the limit of " + SpecLimits.MAX_DEPTH + " levels");
          }
          checkNode((NodeEvent) event, ((CollectionStartEvent) event).getTag());
          break;
        case MappingEnd:
        case SequenceEnd:
          depth--;
          break;
        case Scalar:
          checkNode((NodeEvent) event, ((ScalarEvent) event).getTag());
          break;
        default:
          break;
      }
    }
  }

  private void checkNode(NodeEvent event, String tag) {
    if (event.getAnchor() != null) {
      reject(event, "alias-not-allowed", "anchors are not allowed ('&" + event.getAnchor() + "')");
    }
    if (tag != null) {
      reject(event, "custom-tag", "tags are not allowed ('" + shortTag(tag) + "')");
    }
  }

  private static String shortTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
  }

  private void reject(Event event, String code, String message) {
    throw new Rejected(Diagnostic.error(code, locator.at(event.getStartMark()), message));
  }
}
