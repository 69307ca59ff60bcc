package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;

/**
 * Turns spec text into Javadoc that cannot break out of its comment or inject code: HTML
 * metacharacters become entities, {@code *}{@code /} cannot close the comment, {@code @} cannot
 * start a block tag, and backslashes cannot form {@code \}{@code u} escapes (which javac
 * decodes even inside comments).
 */
final class Javadoc {

  private Javadoc() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '"' -> out.append("&quot;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Escaped paragraphs: blank lines in the source text become {@code <p>} breaks. */
  static CodeBlock paragraphs(String text) {
    CodeBlock.Builder block = CodeBlock.builder();
    String[] paragraphs = escape(text).split("\n\\s*\n");
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        block.add("\n<p>");
      }
      block.add("$L\n", paragraphs[i].strip());
    }
    return block.build();
  }

  /** The {@code @see} line linking the source docs, or nothing when the spec names none. */
  static Optional<CodeBlock> seeDocs(Optional<String> docsUrl, Optional<String> docs) {
    if (docsUrl.isEmpty() || docs.isEmpty()) {
      return Optional.empty();
    }
    String base = docsUrl.get().endsWith("/") ? docsUrl.get() : docsUrl.get() + "/";
    return Optional.of(
        CodeBlock.of("@see <a href=\"$L\">$L</a>\n", escape(base + docs.get()), escape(docs.get())));
  }
}
