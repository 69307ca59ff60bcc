package dev.krakencodegen.codegen.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns I/O failures into messages for users, shared by the command line and the Maven plugin. */
public final class IoFailures {

  private IoFailures() {}

  /**
   * The failure as one line. NIO exceptions often carry only a path as their message ("/x/y"
   * for "permission denied"), so the kind of failure is named too.
   */
  public static String describe(IOException e) {
    String kind = kind(e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return kind == null ? message : kind + ": " + message;
  }

  private static String kind(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      // Also what createDirectories throws when a regular file has the directory's name.
      return "a file is in the way";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    return null;
  }
}
