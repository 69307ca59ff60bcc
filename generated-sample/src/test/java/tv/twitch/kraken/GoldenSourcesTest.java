package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krakencodegen.codegen.java.JavaClientEmitter;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.output.GeneratedFile;
import dev.krakencodegen.codegen.spec.SpecLoader;
import dev.krakencodegen.codegen.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed sources must be exactly what the generator produces from the committed spec. */
class GoldenSourcesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final String REGENERATE =
      "regenerate with: mvn -q -DskipTests package -pl generator -am && "
          + "java -jar generator/target/kraken-codegen.jar generate --spec spec/kraken-v1.yaml "
          + "--out generated-sample/src/main/java";

  @Test
  void committedSourcesMatchAFreshGeneration() throws Exception {
    Api api = SpecLoader.load(SpecSource.read(Path.of("../spec/kraken-v1.yaml")));
    List<GeneratedFile> fresh = new JavaClientEmitter(api.javaPackage()).emit(api);

    List<String> drifted = new ArrayList<>();
    for (GeneratedFile file : fresh) {
      Path committed = SOURCES.resolve(file.relativePath());
      if (!Files.exists(committed)
          || !new String(Files.readAllBytes(committed), StandardCharsets.UTF_8)
              .equals(new String(file.content(), StandardCharsets.UTF_8))) {
        drifted.add(file.relativePath());
      }
    }
    Set<String> expected = fresh.stream().map(GeneratedFile::relativePath).collect(Collectors.toCollection(TreeSet::new));
    Set<String> extra = new TreeSet<>(committedJavaFiles());
    extra.removeAll(expected);
    drifted.addAll(extra);
    if (!drifted.isEmpty()) {
      fail("generated-sample/ is out of date with spec/kraken-v1.yaml and the generator; files that differ: "
          + drifted + "\n" + REGENERATE);
    }
    assertEquals(expected, new TreeSet<>(committedJavaFiles()));
  }

  private static List<String> committedJavaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }
}
