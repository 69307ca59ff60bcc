package dev.krakencodegen.codegen.output;

import java.util.Arrays;

/**
 * One file an emitter produced: a relative path with {@code /} separators and its exact bytes.
 * Emitters build these; only {@link OutputWriter} touches the disk.
 */
public record GeneratedFile(String relativePath, byte[] content) {

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile other
        && relativePath.equals(other.relativePath)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * relativePath.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return relativePath + " (" + content.length + " bytes)";
  }
}
