package dev.krakencodegen.codegen.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.output.GeneratedFile;
import dev.krakencodegen.codegen.spec.SpecLoader;
import dev.krakencodegen.codegen.spec.SpecSource;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emitter's output compiles warning-free, whatever the spec says, and is deterministic. */
class JavaClientEmitterTest {

  @TempDir Path temp;

  @Test
  void hostileSpecTextCannotBreakOrInjectCode() throws Exception {
    List<GeneratedFile> files = emit("hostile.yaml", "test.hostile");
    Path classes = compile(files);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> thing = loader.loadClass("test.hostile.model.Thing");
      List<String> components = Arrays.stream(thing.getRecordComponents()).map(RecordComponent::getName).toList();
      // _id beside id keeps both; keywords, reserved member names and digits get legal names;
      // display_name and displayName collide after camel-casing: the exact wire spelling wins.
      assertEquals(List.of("underscoreId", "id", "class_", "default_", "displayName2", "displayName",
          "video1080p", "toString2", "secret", "kind", "when", "label", "maker", "additionalProperties"), components);
      // A model named like a java.lang type is renamed, so neither shadows the other.
      assertEquals("test.hostile.model.HostileString", Arrays.stream(thing.getRecordComponents())
          .filter(c -> c.getName().equals("label")).findFirst().orElseThrow().getType().getName());
      Class<?> kind = loader.loadClass("test.hostile.model.Kind");
      // Every wire value keeps a constant, even when names collide or one is spelled "unknown".
      assertEquals(List.of("A_B", "CLASS", "_1080P", "X_Y", "X_Y2", "UNKNOWN2", "UNKNOWN"),
          Arrays.stream(kind.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
      assertTrue(loader.loadClass("test.hostile.resources.ThingsResource").getMethod("class_", String.class,
          loader.loadClass("test.hostile.resources.ThingsClassParams")) != null);
      assertEquals("test.hostile.model.HostileBuilder", loader.loadClass("test.hostile.model.Thing")
          .getMethod("maker").getReturnType().getName());
      assertEquals(List.of("A_B", "A_B2", "USER_READ"), Arrays.stream(loader.loadClass("test.hostile.Scope")
          .getEnumConstants()).map(c -> ((Enum<?>) c).name()).sorted().toList());
      Class<?> client = loader.loadClass("test.hostile.HostileClient");
      assertEquals("test.hostile.resources.ThingListResource", client.getMethod("thingList").getReturnType().getName());
      assertEquals("test.hostile.resources.ThingListResource2", client.getMethod("thingList2").getReturnType().getName());
      assertEquals("test.hostile.resources.ToStringResource", client.getMethod("toString2").getReturnType().getName());
      Class<?> things = loader.loadClass("test.hostile.resources.ThingsResource");
      assertEquals(List.of("class_", "class_Async", "getX", "getX2", "getX2Async", "getXAsync"), Arrays.stream(things.getDeclaredMethods())
          .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(m -> m.getName()).distinct().sorted().toList());
    }
    String thingSource = source(files, "test/hostile/model/Thing.java");
    assertFalse(thingSource.contains("class Injected"), "spec text must not become code");
    assertFalse(thingSource.contains("\\u"), "unicode escapes must not survive into the source");
  }

  @Test
  void sameSpecGivesSameBytes() throws Exception {
    List<GeneratedFile> first = emit("hostile.yaml", "test.hostile");
    List<GeneratedFile> second = emit("hostile.yaml", "test.hostile");
    assertEquals(first.stream().map(GeneratedFile::relativePath).toList(),
        second.stream().map(GeneratedFile::relativePath).toList());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).relativePath());
    }
  }

  @Test
  void everyFileCarriesTheHeaderAndNoAbsolutePaths() throws Exception {
    for (GeneratedFile file : emit("hostile.yaml", "test.hostile")) {
      String text = new String(file.content(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("// Generated by kraken-codegen from hostile.yaml. Do not edit.\n"), file.relativePath());
      assertFalse(text.contains("\r"), file.relativePath());
      assertFalse(text.contains(temp.toString()), file.relativePath());
    }
  }

  @Test
  void packageOverrideMovesEveryFile() throws Exception {
    for (GeneratedFile file : emit("hostile.yaml", "com.example.other")) {
      assertTrue(file.relativePath().startsWith("com/example/other/"), file.relativePath());
    }
  }

  private static List<GeneratedFile> emit(String spec, String javaPackage) throws Exception {
    try (InputStream in = JavaClientEmitterTest.class.getResourceAsStream("/emitter/" + spec)) {
      Api api = SpecLoader.load(new SpecSource(spec, in.readAllBytes()));
      return new JavaClientEmitter(javaPackage).emit(api);
    }
  }

  private static String source(List<GeneratedFile> files, String path) {
    return files.stream().filter(f -> f.relativePath().equals(path)).findFirst()
        .map(f -> new String(f.content(), StandardCharsets.UTF_8)).orElseThrow();
  }

  /** Compiles the files with {@code -Xlint:all -Werror} against the runtime and returns the class folder. */
  private Path compile(List<GeneratedFile> files) throws Exception {
    Path sources = temp.resolve("src");
    List<Path> paths = new ArrayList<>();
    for (GeneratedFile file : files) {
      Path path = sources.resolve(file.relativePath());
      Files.createDirectories(path.getParent());
      Files.write(path, file.content());
      paths.add(path);
    }
    Path classes = Files.createDirectories(temp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String classpath = String.join(java.io.File.pathSeparator, jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
          jarOf(org.jspecify.annotations.Nullable.class), jarOf(dev.krakencodegen.runtime.ApiClient.class),
          jarOf(tools.jackson.databind.ObjectMapper.class), jarOf(tools.jackson.core.JsonParser.class));
      boolean ok = javac.getTask(null, fileManager, diagnostics,
              List.of("-Xlint:all", "-Werror", "-classpath", classpath, "-d", classes.toString()), null,
              fileManager.getJavaFileObjectsFromPaths(paths))
          .call();
      String report = diagnostics.getDiagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
      assertTrue(ok && report.isEmpty(), "generated code must compile without warnings:\n" + report);
    }
    return classes;
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
