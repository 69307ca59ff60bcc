package dev.krakencodegen.codegen.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts generated files on disk, touching as little as possible: a file is written only when
 * its bytes changed (so unchanged files keep their modification time and incremental
 * compilers stay quiet), files an earlier run generated but this run does not are deleted,
 * and nothing outside the output directory is ever written or deleted.
 *
 * <p>Which files are "ours" is decided only by the {@link Manifest}: a file the user put in
 * the output directory is never deleted, and never overwritten either: when a file the run
 * produces already exists, is not in the manifest and has other bytes, the run is refused with
 * an {@link OutputConflictException} before anything is written or deleted. (A file with
 * exactly the bytes we would write is adopted, so regenerating a committed folder whose
 * manifest was lost still works.) Files listed in the manifest are ours: generated files must
 * not be edited, and edits to them are overwritten. The manifest is written last, after every
 * file, so it never lists a file that was not written.
 */
public final class OutputWriter {

  private final Path outputDirectory;

  public OutputWriter(Path outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  /**
   * Brings the output directory in line with {@code files}.
   *
   * @throws IllegalArgumentException when a relative path is unsafe or appears twice (an
   *     emitter bug, not a user error)
   * @throws OutputConflictException when a file the run produces exists, was not generated
   *     by us and has other bytes; nothing is written or deleted then
   * @throws IOException when the disk refuses, or a symbolic link would lead a write outside
   *     the output directory
   */
  public WriteResult write(List<GeneratedFile> files) throws IOException {
    List<GeneratedFile> sorted = checked(files);
    ConfinedDirectory root = ConfinedDirectory.create(outputDirectory);
    Optional<Manifest> previous = Manifest.read(root.root());
    Manifest next = Manifest.of(sorted);
    refuseForeignFiles(root, sorted, previous.map(Manifest::hashes).orElse(Map.of()));

    // Stale files go first: on a case-insensitive file system a renamed file (Thing.java ->
    // THING.java) is the same file, and deleting after writing would delete the new one.
    List<String> deleted = new ArrayList<>();
    if (previous.isPresent()) {
      for (String stale : previous.get().hashes().keySet()) {
        if (!next.hashes().containsKey(stale) && deleteIfOurs(root, stale)) {
          deleted.add(stale);
        }
      }
    }

    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (GeneratedFile file : sorted) {
      Path target = root.prepareFile(file.relativePath());
      if (hasContent(target, file.content())) {
        unchanged.add(file.relativePath());
      } else {
        replaceAtomically(target, file.content());
        written.add(file.relativePath());
      }
    }

    Path manifestFile = root.root().resolve(Manifest.FILE_NAME);
    byte[] manifestBytes = next.toBytes();
    if (!hasContent(manifestFile, manifestBytes)) {
      replaceAtomically(manifestFile, manifestBytes);
    }
    return new WriteResult(written, unchanged, deleted);
  }

  private static List<GeneratedFile> checked(List<GeneratedFile> files) {
    Set<String> seen = new HashSet<>();
    for (GeneratedFile file : files) {
      String path = file.relativePath();
      String problem = RelativePaths.problem(path);
      if (problem != null) {
        throw new IllegalArgumentException("unsafe generated file path '" + path + "': " + problem);
      }
      if (path.equals(Manifest.FILE_NAME)) {
        throw new IllegalArgumentException("generated file path '" + path + "' is reserved");
      }
      if (!seen.add(path)) {
        throw new IllegalArgumentException("generated file path '" + path + "' appears twice");
      }
    }
    return files.stream().sorted(Comparator.comparing(GeneratedFile::relativePath)).toList();
  }

  /**
   * Checks every file before touching any, so a refusal leaves the directory as it was. A file
   * counts as ours when the manifest lists its path, or the path it really has on disk: on a
   * case-insensitive file system a renamed file (Thing.java -> THING.java) finds the old one.
   */
  private static void refuseForeignFiles(
      ConfinedDirectory root, List<GeneratedFile> files, Map<String, String> generatedBefore)
      throws IOException {
    List<String> conflicts = new ArrayList<>();
    for (GeneratedFile file : files) {
      String path = file.relativePath();
      if (generatedBefore.containsKey(path)) {
        continue;
      }
      // Links and directories in the way are refused later, with their own message.
      Optional<Path> existing = root.existingRegularFile(path);
      if (existing.isEmpty() || hasContent(existing.get(), file.content())) {
        continue;
      }
      String realPath =
          root.root().relativize(existing.get().toRealPath()).toString().replace('\\', '/');
      if (!generatedBefore.containsKey(realPath)) {
        conflicts.add(path);
      }
    }
    if (!conflicts.isEmpty()) {
      throw new OutputConflictException(conflicts);
    }
  }

  private static boolean deleteIfOurs(ConfinedDirectory root, String relativePath)
      throws IOException {
    // A path that is gone, is now a directory or a link, or sits behind a link to elsewhere is
    // left alone: we only ever created regular files inside the root.
    Optional<Path> file = root.existingRegularFile(relativePath);
    if (file.isEmpty()) {
      return false;
    }
    Files.delete(file.get());
    root.removeEmptyDirectories(file.get().getParent());
    return true;
  }

  private static boolean hasContent(Path file, byte[] content) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
  }

  /**
   * Writes to a temporary file beside the target, then renames it over the target, so a crash
   * leaves either the old or the new file, never half of one. (No fsync: after a power loss a
   * damaged file no longer matches the manifest's hash, and front ends regenerate.)
   */
  private static void replaceAtomically(Path target, byte[] content) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("cannot write " + target + ": it exists and is not a regular file");
    }
    Path temp = createTempBeside(target, content);
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Not {@link Files#createTempFile}: that creates owner-only files, and generated sources
   * should get the same permissions as any file the user creates.
   */
  private static Path createTempBeside(Path target, byte[] content) throws IOException {
    while (true) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".kraken-tmp");
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(content);
        return temp;
      } catch (FileAlreadyExistsException e) {
        // another name, next round
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
    }
  }
}
