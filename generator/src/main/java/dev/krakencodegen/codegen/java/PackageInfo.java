package dev.krakencodegen.codegen.java;

import dev.krakencodegen.codegen.output.GeneratedFile;
import java.nio.charset.StandardCharsets;

/**
 * Emits {@code package-info.java} marking a generated package {@code @NullMarked}: everything is
 * non-null unless annotated {@code @Nullable}, so the nullability the spec declares is the
 * whole truth for static checkers. JavaPoet cannot emit package-info files, hence plain text.
 */
final class PackageInfo {

  private PackageInfo() {}

  static GeneratedFile emit(String pkg, String header) {
    String source = "// " + header + "\n"
        + "@NullMarked\n"
        + "package " + pkg + ";\n"
        + "\n"
        + "import org.jspecify.annotations.NullMarked;\n";
    return new GeneratedFile(pkg.replace('.', '/') + "/package-info.java", source.getBytes(StandardCharsets.UTF_8));
  }
}
