package dev.krakencodegen.codegen;

import dev.krakencodegen.codegen.java.JavaClientEmitter;
import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.output.GeneratedFile;
import dev.krakencodegen.codegen.output.OutputWriter;
import dev.krakencodegen.codegen.spec.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** The one generation run every front end (CLI, Maven mojo) calls: load, emit, write. */
public final class Codegen {

  /** This generator's version; part of every incremental-build fingerprint. */
  public static final String VERSION = readVersion();

  private Codegen() {}

  public static GenerateResult generate(GenerateRequest request) throws SpecException, IOException {
    Api api = SpecLoader.load(request.spec());
    String javaPackage = request.packageName().orElse(api.javaPackage());
    List<GeneratedFile> files = new JavaClientEmitter(javaPackage).emit(api);
    return new GenerateResult(api, new OutputWriter(request.outputDirectory()).write(files));
  }

  private static String readVersion() {
    try (InputStream in = Codegen.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties missing from the generator jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
