package dev.krakencodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final Path OUT = Path.of("/project/target/generated-sources/kraken");

  private static Fingerprint base() {
    return new Fingerprint(
        "kraken-spec: 1\n".getBytes(StandardCharsets.UTF_8),
        "src/main/kraken/things.yaml",
        Optional.empty(),
        OUT,
        "1.0.0");
  }

  @Test
  void isStableHexSha256() {
    String value = base().value();
    assertEquals(64, value.length());
    assertTrue(value.matches("[0-9a-f]{64}"), value);
    assertEquals(value, base().value());
    assertEquals(base(), base());
  }

  @Test
  void everyInputChangesIt() {
    Fingerprint b = base();
    List<Fingerprint> variants =
        List.of(
            new Fingerprint(
                "kraken-spec: 1\n# edited\n".getBytes(StandardCharsets.UTF_8),
                b.specDisplayPath(), b.packageName(), b.outputDirectory(), b.generatorIdentity()),
            new Fingerprint(
                b.specContent(), "src/main/kraken/other.yaml",
                b.packageName(), b.outputDirectory(), b.generatorIdentity()),
            new Fingerprint(
                b.specContent(), b.specDisplayPath(), Optional.of("com.example"),
                b.outputDirectory(), b.generatorIdentity()),
            new Fingerprint(
                b.specContent(), b.specDisplayPath(), b.packageName(),
                Path.of("/project/target/other"), b.generatorIdentity()),
            new Fingerprint(
                b.specContent(), b.specDisplayPath(), b.packageName(),
                b.outputDirectory(), "1.0.1"));
    for (Fingerprint variant : variants) {
      assertNotEquals(b.value(), variant.value(), variant.toString());
    }
    assertEquals(variants.size(), variants.stream().map(Fingerprint::value).distinct().count());
  }

  @Test
  void partsCannotBleedIntoEachOther() {
    // Without length prefixes, "a" + "bc" and "ab" + "c" would hash the same bytes.
    Fingerprint left =
        new Fingerprint(new byte[0], "a", Optional.of("bc"), OUT, "1");
    Fingerprint right =
        new Fingerprint(new byte[0], "ab", Optional.of("c"), OUT, "1");
    assertNotEquals(left.value(), right.value());
  }

  @Test
  void anEquivalentOutputPathGivesTheSameFingerprint() {
    Fingerprint b = base();
    Fingerprint dotted =
        new Fingerprint(
            b.specContent(), b.specDisplayPath(), b.packageName(),
            Path.of("/project/target/./x/../generated-sources/kraken"), b.generatorIdentity());
    assertEquals(b.value(), dotted.value());
  }
}
