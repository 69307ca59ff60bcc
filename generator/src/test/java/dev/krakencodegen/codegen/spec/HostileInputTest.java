package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import dev.krakencodegen.codegen.diag.Location;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.model.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input built to exhaust memory or the stack must end in one clear diagnostic, never an
 * OutOfMemoryError, a StackOverflowError or a hang. Inputs too big to commit are built here.
 */
class HostileInputTest {
  private static final String HEADER = "kraken-spec: 1\n"
      + "api: {name: Demo, title: Demo, version: v1, baseUrl: \"https://x.test\", mediaType: a/b, javaPackage: a.b}\n";

  private static List<Diagnostic> errors(String text) {
    return errors(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> errors(byte[] content) {
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(new SpecSource("hostile.yaml", content)));
    return e.diagnostics();
  }

  private static void assertOnly(List<Diagnostic> diagnostics, String code, int line, int column) {
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertEquals(code, diagnostics.get(0).code(), diagnostics::toString);
    assertEquals(new Location("hostile.yaml", line, column), diagnostics.get(0).location());
  }

  @Test
  void hugeDocumentIsRejectedBeforeParsing() {
    byte[] content = new byte[SpecLimits.MAX_BYTES + 1];
    Arrays.fill(content, (byte) '#');
    assertOnly(errors(content), "spec-too-large", 1, 1);
  }

  @Test
  void documentAtTheLimitIsParsed() {
    // Exactly 4 MiB: a valid header, then comment lines. Not too large; fails later for other reasons.
    StringBuilder sb = new StringBuilder(HEADER);
    String comment = "#" + "x".repeat(99) + "\n";
    while (sb.length() + comment.length() <= SpecLimits.MAX_BYTES) {
      sb.append(comment);
    }
    sb.append("#".repeat(SpecLimits.MAX_BYTES - sb.length()));
    assertEquals(SpecLimits.MAX_BYTES, sb.length());
    List<Diagnostic> diagnostics = errors(sb.toString());
    assertOnly(diagnostics, "missing-key", 1, 1);
  }

  @Test
  void veryLongLinesAreRejected() {
    String text = "kraken-spec: 1\nx: " + "y".repeat(SpecLimits.MAX_BYTES - 100) + "\n";
    assertOnly(errors(text), "line-too-long", 2, SpecLimits.MAX_LINE_LENGTH + 1);
  }

  @Test
  void linesUpToTheLimitAreAccepted() {
    String line = "x: " + "y".repeat(SpecLimits.MAX_LINE_LENGTH - 3);
    List<Diagnostic> diagnostics = errors(HEADER + line + "\n");
    assertTrue(diagnostics.stream().noneMatch(d -> d.code().equals("line-too-long")), diagnostics::toString);
  }

  @Test
  void billionLaughsIsRejectedAtTheFirstAnchor() {
    StringBuilder sb = new StringBuilder("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char prev = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
    }
    assertOnly(errors(sb.toString()), "alias-not-allowed", 1, 4);
  }

  @Test
  void mergeKeysNeedAliasesAndAreRejected() {
    assertOnly(errors("base: &b {x: 1}\nother:\n  <<: *b\n"), "alias-not-allowed", 1, 7);
  }

  @Test
  void veryDeepFlowNestingIsRejectedWithoutStackOverflow() {
    int depth = 100_000; // 200k characters: within the line limit
    String text = "kraken-spec: 1\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    assertOnly(errors(text), "too-deep", 2, 4 + SpecLimits.MAX_DEPTH - 1);
  }

  @Test
  void veryDeepBlockNestingIsRejected() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("  ".repeat(i)).append("k:\n");
    }
    sb.append("  ".repeat(200)).append("v\n");
    // The mapping opened on line N is at depth N; the first too deep one is at line 65.
    assertOnly(errors(sb.toString()), "too-deep", SpecLimits.MAX_DEPTH + 1, 2 * SpecLimits.MAX_DEPTH + 1);
  }

  @Test
  void nestingAtTheLimitIsAllowed() {
    String text = HEADER + "x: " + "[".repeat(SpecLimits.MAX_DEPTH - 1) + "]".repeat(SpecLimits.MAX_DEPTH - 1) + "\n";
    List<Diagnostic> diagnostics = errors(text);
    assertTrue(diagnostics.stream().noneMatch(d -> d.code().equals("too-deep")), diagnostics::toString);
    assertTrue(diagnostics.stream().anyMatch(d -> d.code().equals("unknown-key") && d.message().contains("'x'")),
        diagnostics::toString);
  }

  @Test
  void deeplyNestedTypeSpellingIsRejectedWithoutStackOverflow() {
    int depth = 40_000; // 240k characters: within the line limit
    String type = "list<".repeat(depth) + "string" + ">".repeat(depth);
    String text = HEADER + "models:\n  M:\n    fields:\n      f: \"" + type + "\"\n" + operation("");
    List<Diagnostic> diagnostics = errors(text);
    assertEquals("invalid-type", diagnostics.get(0).code(), diagnostics::toString);
  }

  @Test
  void longIncludeChainsAreCutOffWithoutStackOverflow() {
    StringBuilder sb = new StringBuilder(HEADER).append("models:\n");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sb.append("  M").append(i).append(": {includes: [M").append(i + 1).append("], fields: {f").append(i)
          .append(": string}}\n");
    }
    sb.append("  M").append(n).append(": {fields: {last: string}}\n").append(operation(""));
    List<Diagnostic> diagnostics = errors(sb.toString());
    assertTrue(diagnostics.stream().allMatch(d -> d.code().equals("too-deep")), () -> diagnostics.subList(0, 3).toString());
  }

  /** One operation, so the specs below are complete; {@code extra} is more YAML under it. */
  private static String operation(String extra) {
    return "resources:\n  root:\n    operations:\n      get:\n        summary: Get.\n        http: GET /\n" + extra;
  }

  /** An enum of {@code n} values as a block sequence: 200,000 values fit in 4 MiB. */
  private static StringBuilder bigEnum(int n) {
    StringBuilder sb = new StringBuilder(HEADER).append("enums:\n  Big:\n    values:\n");
    for (int i = 0; i < n; i++) {
      sb.append("      - v").append(i).append('\n');
    }
    return sb;
  }

  @Test
  void enumWithVeryManyValuesLinks() throws SpecException {
    // Duplicate detection and example checks are hash lookups: a list scan made this quadratic.
    int n = 200_000;
    StringBuilder sb = bigEnum(n).append(operation(
        "        params:\n          big: {in: query, type: Big, default: v" + (n - 1) + "}\n"
            + "        examples:\n          - request: {query: {big: v" + (n / 2) + "}}\n"));
    assertTrue(sb.length() < SpecLimits.MAX_BYTES, () -> "spec is " + sb.length() + " bytes");
    Api api = SpecLoader.load(new SpecSource("hostile.yaml", sb.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(n, api.enums().get(0).values().size());
    assertEquals("v" + (n - 1), api.enums().get(0).values().get(n - 1));
  }

  @Test
  void enumWithVeryManyValuesReportsDuplicatesAndBadExamplesBriefly() {
    int n = 200_000;
    StringBuilder sb = bigEnum(n).append("      - v17\n").append(operation(
        "        params:\n          big: {in: query, type: Big}\n"
            + "        examples:\n          - request: {query: {big: v" + n + "}}\n"));
    List<Diagnostic> diagnostics = errors(sb.toString());
    assertEquals(List.of("duplicate-name", "example-bad-enum"), diagnostics.stream().map(Diagnostic::code).toList(),
        diagnostics::toString);
    assertEquals(new Location("hostile.yaml", n + 6, 9), diagnostics.get(0).location());
    // A huge enum is counted in the message, not listed, and too big to search for a near match.
    String message = diagnostics.get(1).message();
    assertTrue(message.endsWith(", … " + n + " values in all)") && message.length() < 400, message);
  }

  @Test
  void veryLongNamesReferringToEachOtherLink() throws SpecException {
    // Two 30,000-character names: the old full distance table for them took 4.5 GB. YAML
    // limits implicit keys to 1024 characters; an explicit '? key' has no limit.
    String target = "M" + "a".repeat(29_999);
    String text = HEADER + "models:\n  ? " + target + "\n  : {fields: {x: string}}\n  Owner:\n    fields:\n      f: "
        + target + "\n" + operation("        returns: Owner\n");
    Api api = SpecLoader.load(new SpecSource("hostile.yaml", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(target, ((TypeRef.ModelRef) api.models().get(1).fields().get(0).type()).name());
  }

  @Test
  void veryLongMisspelledNameIsAnErrorWithoutSuggestion() {
    String target = "M" + "a".repeat(29_999);
    String typo = "M" + "a".repeat(14_999) + "b" + "a".repeat(15_000);
    String text = HEADER + "models:\n  ? " + target + "\n  : {fields: {x: string}}\n  Owner:\n    fields:\n      f: "
        + typo + "\n" + operation("        returns: Owner\n");
    List<Diagnostic> diagnostics = errors(text);
    assertOnly(diagnostics, "unknown-type", 8, 10);
    assertFalse(diagnostics.get(0).message().contains("did you mean"), () -> diagnostics.get(0).message().substring(0, 80));
  }

  @Test
  void exampleWithVeryManyFieldsIsChecked() {
    // Members are looked up in a map of the model's fields, not by scanning the field list.
    int n = 50_000;
    StringBuilder sb = new StringBuilder(HEADER).append("models:\n  Wide:\n    fields:\n");
    for (int i = 0; i < n; i++) {
      sb.append("      f").append(i).append(": int32\n");
    }
    sb.append(operation("        returns: Wide\n        examples:\n          - response:\n"));
    for (int i = 0; i < n; i++) {
      sb.append("              f").append(i).append(": ").append(i == n - 1 ? "x" : Integer.toString(i)).append('\n');
    }
    List<Diagnostic> diagnostics = errors(sb.toString());
    assertOnly(diagnostics, "example-wrong-type", 2 * n + 14, 15 + Integer.toString(n - 1).length() + 3);
  }

  @Test
  void customAndJavaTagsAreRejected() {
    assertOnly(errors("a: !!java.io.File /etc/passwd\n"), "custom-tag", 1, 4);
    assertOnly(errors("a: !custom x\n"), "custom-tag", 1, 4);
    assertOnly(errors("a: !!str x\n"), "custom-tag", 1, 4);
  }

  @Test
  void invalidUtf8IsOneError() {
    byte[] content = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    assertOnly(errors(content), "bad-encoding", 1, 1);
  }

  @Test
  void controlCharactersAreSyntaxErrorsAtTheirPosition() {
    assertOnly(errors("a: b\nc: d\u0007\n"), "yaml-syntax", 2, 5);
  }

  @Test
  void undefinedAliasIsAnAliasError() {
    assertOnly(errors("a: *nowhere\n"), "alias-not-allowed", 1, 4);
  }

  @Test
  void nonMappingDocumentIsOneError() {
    assertOnly(errors("- a\n- b\n"), "wrong-type", 1, 1);
    assertOnly(errors("just a string\n"), "wrong-type", 1, 1);
  }

  @Test
  void byteOrderMarkIsIgnored() {
    List<Diagnostic> diagnostics = errors("\uFEFFkraken-spec: 1\n");
    assertEquals(new Location("hostile.yaml", 1, 1), diagnostics.get(0).location());
    assertEquals("missing-key", diagnostics.get(0).code());
  }
}
