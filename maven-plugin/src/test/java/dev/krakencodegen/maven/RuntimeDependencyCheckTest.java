package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.maven.RuntimeDependencyCheck.Coordinates;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuntimeDependencyCheckTest {

  private static final Coordinates RUNTIME =
      new Coordinates("dev.krakencodegen", "kraken-runtime", "compile");
  private static final Coordinates JACKSON =
      new Coordinates("tools.jackson.core", "jackson-databind", "compile");

  @Test
  void theRuntimeOnTheCompileClasspathIsEnough() {
    assertEquals(
        Optional.empty(),
        RuntimeDependencyCheck.problem(List.of(JACKSON, RUNTIME), List.of(), "1.0"));
  }

  @Test
  void aMissingRuntimeAsksToAddTheDependencyBlock() {
    String message =
        RuntimeDependencyCheck.problem(List.of(JACKSON), List.of(JACKSON), "1.2.3").orElseThrow();
    assertTrue(message.contains("does not depend on it"), message);
    assertTrue(
        message.contains(
            "    <dependency>\n"
                + "      <groupId>dev.krakencodegen</groupId>\n"
                + "      <artifactId>kraken-runtime</artifactId>\n"
                + "      <version>1.2.3</version>\n"
                + "    </dependency>"),
        message);
  }

  @Test
  void aRuntimeDeclaredInTestScopeIsNamedAsTheProblem() {
    Coordinates testScoped = new Coordinates("dev.krakencodegen", "kraken-runtime", "test");
    String message =
        RuntimeDependencyCheck.problem(List.of(), List.of(testScoped), "1.0").orElseThrow();
    assertTrue(message.contains("<scope>test</scope>"), message);
    assertTrue(message.contains("<artifactId>kraken-runtime</artifactId>"), message);
  }

  @Test
  void anArtifactWithTheSameNameInAnotherGroupDoesNotCount() {
    Coordinates impostor = new Coordinates("com.example", "kraken-runtime", "compile");
    assertTrue(
        RuntimeDependencyCheck.problem(List.of(impostor), List.of(impostor), "1.0").isPresent());
  }
}
