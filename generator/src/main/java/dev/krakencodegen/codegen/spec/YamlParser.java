package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import dev.krakencodegen.codegen.diag.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns spec bytes into a SnakeYAML node tree with marks. Everything wrong at this level
 * (size, encoding, syntax, anchors, tags, depth) fails fast with exactly one error: later
 * passes need a tree to say anything useful.
 */
final class YamlParser {
  private final Locator locator;

  YamlParser(Locator locator) {
    this.locator = locator;
  }

  /** Returns the root node, or {@code null} for an empty document. */
  Node parse(byte[] content) throws SpecException {
    if (content.length > SpecLimits.MAX_BYTES) {
      throw fail("spec-too-large", locator.start(),
          "spec is larger than the limit of " + SpecLimits.MAX_BYTES + " bytes (4 MiB)");
    }
    String text = decode(content);
    checkLineLengths(text);
    try {
      // First pass over the event stream only: the composer would expand aliases and
      // recurse on nesting, so hostile input is rejected before it is composed.
      new YamlGuard(locator).check(new ParserImpl(new StreamReader(text), options()));
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), options()), new SpecResolver(), options());
      return composer.getSingleNode();
    } catch (YamlGuard.Rejected e) {
      throw new SpecException(List.of(e.diagnostic()));
    } catch (MarkedYAMLException e) {
      throw fail("yaml-syntax", locationOf(e), "invalid yaml: " + describe(e));
    } catch (ReaderException e) {
      throw fail("yaml-syntax", position(text, e.getPosition()),
          String.format(Locale.ROOT, "invalid yaml: character U+%04X is not allowed", e.getCodePoint()));
    } catch (YAMLException e) {
      throw fail("yaml-syntax", locator.start(), "invalid yaml: " + oneLine(e.getMessage()));
    }
  }

  private void checkLineLengths(String text) throws SpecException {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > SpecLimits.MAX_LINE_LENGTH) {
          throw fail("line-too-long", locator.at(line, SpecLimits.MAX_LINE_LENGTH + 1),
              "line is longer than the limit of " + SpecLimits.MAX_LINE_LENGTH + " characters");
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    // Defence in depth: the guard already rejects every anchor and alias and deep nesting.
    options.setMaxAliasesForCollections(1);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(SpecLimits.MAX_DEPTH + 8);
    options.setCodePointLimit(SpecLimits.MAX_BYTES + 1);
    options.setProcessComments(false);
    options.setMergeOnCompose(false);
    options.setTagInspector(tag -> false);
    return options;
  }

  private String decode(byte[] content) throws SpecException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw fail("bad-encoding", locator.start(), "spec is not valid utf-8");
    }
  }

  private Location locationOf(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return locator.at(mark);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "malformed document" : oneLine(e.getProblem());
    String context = e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")";
    // SnakeYAML words bad indentation in terms of blocks, or as a key where none may start;
    // say what to look at.
    String text = problem + context;
    boolean indentation = text.contains("block") || text.contains("mapping values are not allowed");
    String hint = indentation ? "; check the indentation" : "";
    return problem + context + hint;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /** Line and column of a code-point index, for reader errors that carry no mark. */
  private Location position(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; i = text.offsetByCodePoints(i, 1)) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      index++;
    }
    return locator.at(line, column);
  }

  private static SpecException fail(String code, Location location, String message) {
    return new SpecException(List.of(Diagnostic.error(code, location, message)));
  }
}
