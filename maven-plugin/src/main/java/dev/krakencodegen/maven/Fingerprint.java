package dev.krakencodegen.maven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Everything that decides what a generation produces, reduced to one SHA-256: the spec's
 * bytes and the name it is reported under, the effective configuration, and the generator's
 * identity. Equal fingerprints mean a new generation would write the same files.
 *
 * @param specDisplayPath the spec's path as reported to the user (relative to the project)
 * @param packageName the configured package, or empty to use the spec's
 * @param outputDirectory the absolute output directory
 * @param generatorIdentity see {@link GeneratorIdentity}
 */
record Fingerprint(
    byte[] specContent,
    String specDisplayPath,
    Optional<String> packageName,
    Path outputDirectory,
    String generatorIdentity) {

  /** The fingerprint as 64 lowercase hex digits. */
  String value() {
    MessageDigest digest = sha256();
    // Each part is length-prefixed so that no two different inputs hash the same bytes.
    part(digest, "kraken-codegen fingerprint v1");
    part(digest, generatorIdentity);
    part(digest, HexFormat.of().formatHex(sha256().digest(specContent)));
    part(digest, specDisplayPath);
    part(digest, packageName.map(name -> "package " + name).orElse("package from spec"));
    part(digest, outputDirectory.toAbsolutePath().normalize().toString());
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void part(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  // A record compares arrays by identity; fingerprints are compared by value() instead.
  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint other && value().equals(other.value());
  }

  @Override
  public int hashCode() {
    return value().hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + value() + "]";
  }
}
