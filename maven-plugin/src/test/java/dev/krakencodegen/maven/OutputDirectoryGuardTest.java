package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryGuardTest {

  @TempDir Path temp;
  private Path base;
  private List<Path> roots;

  @BeforeEach
  void project() throws IOException {
    base = Files.createDirectories(temp.resolve("project"));
    Files.writeString(base.resolve("pom.xml"), "<project/>");
    roots =
        List.of(
            base.resolve("src/main/java"),
            base.resolve("src/test/java"),
            base.resolve("src/main/resources"),
            base.resolve("src/test/resources"));
    for (Path root : roots) {
      Files.createDirectories(root);
    }
  }

  private Optional<String> problem(Path output) throws IOException {
    return OutputDirectoryGuard.problem(output, base, roots);
  }

  private void assertRefused(Path output, String why) throws IOException {
    Optional<String> problem = problem(output);
    assertTrue(problem.isPresent(), "must refuse " + output);
    assertTrue(problem.get().contains(why), problem.get());
    assertTrue(problem.get().contains("generated-sources/kraken"), "suggests the default");
  }

  @Test
  void theDefaultIsFineEvenBeforeItExists() throws IOException {
    assertEquals(Optional.empty(), problem(base.resolve("target/generated-sources/kraken")));
  }

  @Test
  void aDirectoryOutsideTheProjectIsFine() throws IOException {
    assertEquals(Optional.empty(), problem(temp.resolve("elsewhere/gen")));
  }

  @Test
  void theBaseDirectoryIsRefused() throws IOException {
    assertRefused(base, "is the project's base directory");
    assertRefused(base.resolve("target/.."), "is the project's base directory");
  }

  @Test
  void anAncestorOfTheBaseDirectoryIsRefused() throws IOException {
    assertRefused(temp, "is a parent of the project's base directory");
  }

  @Test
  void aDirectoryWithAPomIsRefused() throws IOException {
    Path module = Files.createDirectories(temp.resolve("other-module"));
    Files.writeString(module.resolve("pom.xml"), "<project/>");
    assertRefused(module, "contains a pom.xml");
  }

  @Test
  void aSourceOrResourceRootIsRefused() throws IOException {
    assertRefused(
        base.resolve("src/main/java"),
        "is the project's source or resource directory 'src/main/java'");
    assertRefused(
        base.resolve("src/test/resources"), "is the project's source or resource directory");
  }

  @Test
  void aDirectoryContainingASourceRootIsRefused() throws IOException {
    assertRefused(base.resolve("src"), "contains the project's source or resource directory");
    assertRefused(
        base.resolve("src/main"),
        "contains the project's source or resource directory 'src/main/java'");
  }

  @Test
  void aLinkCannotDisguiseASourceRoot() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("innocent"), base.resolve("src/main/java"));
    assertRefused(link, "is the project's source or resource directory");
  }

  @Test
  void aSiblingWithACommonPrefixIsFine() throws IOException {
    // "src/main/java-gen" starts with the text "src/main/java" but is another directory.
    assertEquals(Optional.empty(), problem(base.resolve("src/main/java-gen")));
  }
}
