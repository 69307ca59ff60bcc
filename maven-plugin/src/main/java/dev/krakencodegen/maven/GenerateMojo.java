package dev.krakencodegen.maven;

import dev.krakencodegen.codegen.Codegen;
import dev.krakencodegen.codegen.GenerateRequest;
import dev.krakencodegen.codegen.GenerateResult;
import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.diag.Diagnostic;
import dev.krakencodegen.codegen.output.IoFailures;
import dev.krakencodegen.codegen.output.WriteResult;
import dev.krakencodegen.codegen.spec.SpecSource;
import dev.krakencodegen.maven.RuntimeDependencyCheck.Coordinates;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client from a Kraken spec and adds it to the compile sources.
 *
 * <p>Generation is incremental: when the spec, the configuration and the generator are the
 * same as last time and the generated files are untouched, nothing is done. When something
 * changed, only files whose bytes changed are rewritten, so the compiler recompiles only what
 * it must; files no longer generated are deleted.
 *
 * <p>Dependencies are collected (POMs only, nothing downloaded) in compile scope, not
 * resolved: the goal never reads a jar, it only checks that {@code kraken-runtime} is on the
 * compile classpath, directly or transitively (for example through a parent or a shared
 * module), so a missing runtime fails here with one clear message instead of many compiler
 * errors.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE,
    requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

  /** Where this plugin records the source roots it added, so the guard does not refuse them. */
  private static final String ADDED_ROOTS_KEY = "dev.krakencodegen.maven.addedSourceRoots";

  /** Where this plugin records which execution generates into which directory. */
  private static final String CLAIMS_KEY = "dev.krakencodegen.maven.outputDirectoryClaims";

  /** The spec file (YAML) to generate from. */
  @Parameter(property = "kraken.spec", required = true)
  private File spec;

  /** The Java package of the generated code; default: the spec's {@code api.javaPackage}. */
  @Parameter(property = "kraken.packageName")
  private String packageName;

  /** Where the generated sources go; added to the project's compile source roots. */
  @Parameter(
      property = "kraken.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/kraken")
  private File outputDirectory;

  /** Skips generation (and does not add the source root). */
  @Parameter(property = "kraken.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kraken: skipped (kraken.skip is true)");
      return;
    }
    long start = System.nanoTime();
    try {
      run();
      getLog().debug("kraken: took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (RuntimeException e) {
      // A bug in the generator, not in the user's input: show the trace so it can be reported.
      getLog().error("kraken: internal error, please report it with the trace below", e);
      throw new MojoExecutionException("kraken: internal error: " + e, e);
    }
  }

  private void run() throws MojoExecutionException, MojoFailureException {
    Path baseDirectory = project.getBasedir().toPath();
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    checkOutputDirectory(output, baseDirectory);
    claimOutputDirectory(output, baseDirectory);
    checkRuntimeDependency();

    Path specPath = spec.toPath().toAbsolutePath().normalize();
    String specDisplay = display(baseDirectory, specPath);
    byte[] specContent = readSpec(specPath, specDisplay);
    Optional<String> configuredPackage = Optional.ofNullable(packageName).filter(p -> !p.isBlank());
    String fingerprint =
        new Fingerprint(
                specContent, specDisplay, configuredPackage, output, GeneratorIdentity.current())
            .value();
    FingerprintStore store =
        new FingerprintStore(
            Path.of(project.getBuild().getDirectory()).resolve("kraken-codegen"), output);

    try {
      if (UpToDateCheck.isUpToDate(store, fingerprint, output)) {
        getLog().info("kraken: up to date, nothing generated");
      } else {
        store.invalidate();
        WriteResult files =
            generate(new SpecSource(specDisplay, specContent), output, configuredPackage);
        store.save(fingerprint);
        getLog()
            .info(
                String.format(
                    Locale.ROOT,
                    "kraken: generated %d files (%d written, %d unchanged, %d deleted) from %s",
                    files.generatedCount(),
                    files.written().size(),
                    files.unchanged().size(),
                    files.deleted().size(),
                    specDisplay));
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "kraken: could not write generated sources to "
              + display(baseDirectory, output)
              + ": "
              + IoFailures.describe(e),
          e);
    }
    addCompileSourceRoot(output);
  }

  private WriteResult generate(SpecSource source, Path output, Optional<String> configuredPackage)
      throws IOException, MojoExecutionException, MojoFailureException {
    GenerateRequest request;
    try {
      request = new GenerateRequest(source, output, configuredPackage);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("kraken: packageName: " + e.getMessage());
    }
    try {
      GenerateResult result = Codegen.generate(request);
      return result.files();
    } catch (SpecException e) {
      List<String> lines = e.diagnostics().stream().map(Diagnostic::format).toList();
      lines.forEach(getLog()::error);
      String summary =
          "kraken: "
              + source.displayPath()
              + " has "
              + lines.size()
              + (lines.size() == 1 ? " error" : " errors");
      // The message is only the diagnostics: Maven prints it without a stack trace (unless -e).
      throw new MojoFailureException(summary + ":\n" + String.join("\n", lines));
    }
  }

  private void checkOutputDirectory(Path output, Path baseDirectory) throws MojoExecutionException {
    Set<String> ours = addedRoots();
    List<Path> protectedDirectories = new ArrayList<>();
    protectedDirectories.add(Path.of(project.getBuild().getSourceDirectory()));
    protectedDirectories.add(Path.of(project.getBuild().getTestSourceDirectory()));
    for (String root : project.getCompileSourceRoots()) {
      if (!ours.contains(root)) {
        protectedDirectories.add(Path.of(root));
      }
    }
    for (String root : project.getTestCompileSourceRoots()) {
      protectedDirectories.add(Path.of(root));
    }
    for (Resource resource : project.getResources()) {
      protectedDirectories.add(Path.of(resource.getDirectory()));
    }
    for (Resource resource : project.getTestResources()) {
      protectedDirectories.add(Path.of(resource.getDirectory()));
    }
    List<Path> absolute =
        protectedDirectories.stream().map(p -> baseDirectory.resolve(p)).toList();
    Optional<String> problem;
    try {
      problem = OutputDirectoryGuard.problem(output, baseDirectory, absolute);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "kraken: cannot check the output directory: " + IoFailures.describe(e), e);
    }
    if (problem.isPresent()) {
      throw new MojoExecutionException("kraken: refusing to generate: " + problem.get());
    }
  }

  private void claimOutputDirectory(Path output, Path baseDirectory)
      throws MojoExecutionException {
    OutputDirectoryClaims claims =
        project.getContextValue(CLAIMS_KEY) instanceof OutputDirectoryClaims stored
            ? stored
            : new OutputDirectoryClaims();
    project.setContextValue(CLAIMS_KEY, claims);
    String executionId = mojoExecution.getExecutionId();
    Optional<String> other = claims.claim(output, executionId);
    if (other.isPresent()) {
      throw new MojoExecutionException(
          OutputDirectoryClaims.conflict(
              other.get(), executionId, display(baseDirectory, output)));
    }
  }

  private void checkRuntimeDependency() throws MojoExecutionException {
    List<Coordinates> classpath =
        project.getArtifacts().stream()
            .map(a -> new Coordinates(a.getGroupId(), a.getArtifactId(), a.getScope()))
            .toList();
    List<Coordinates> declared =
        project.getDependencies().stream()
            .map(d -> new Coordinates(d.getGroupId(), d.getArtifactId(), d.getScope()))
            .toList();
    Optional<String> problem = RuntimeDependencyCheck.problem(classpath, declared, Codegen.VERSION);
    if (problem.isPresent()) {
      throw new MojoExecutionException(problem.get());
    }
  }

  /**
   * Reads at most one byte more than the generator accepts (through {@link SpecSource#read}),
   * so a huge file is rejected by the loader without filling the memory first.
   */
  static byte[] readSpec(Path specPath, String specDisplay) throws MojoExecutionException {
    try {
      return SpecSource.read(specPath).content();
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("kraken: spec file not found: " + specDisplay);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "kraken: cannot read spec " + specDisplay + ": " + IoFailures.describe(e), e);
    }
  }

  /** Adds the output folder on every run, also when nothing was regenerated. */
  private void addCompileSourceRoot(Path output) {
    String root = output.toString();
    project.addCompileSourceRoot(root);
    Set<String> ours = new HashSet<>(addedRoots());
    ours.add(root);
    project.setContextValue(ADDED_ROOTS_KEY, Set.copyOf(ours));
  }

  @SuppressWarnings("unchecked")
  private Set<String> addedRoots() {
    Object value = project.getContextValue(ADDED_ROOTS_KEY);
    return value instanceof Set<?> set ? (Set<String>) set : Set.of();
  }

  /** The path relative to the project, with '/', as users see it in messages. */
  static String display(Path baseDirectory, Path path) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path shown;
    try {
      shown = base.relativize(path);
    } catch (IllegalArgumentException differentRoot) {
      shown = path; // e.g. another drive on Windows
    }
    return shown.toString().replace('\\', '/');
  }
}
