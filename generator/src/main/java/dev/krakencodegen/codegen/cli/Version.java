package dev.krakencodegen.codegen.cli;

import dev.krakencodegen.codegen.Codegen;
import picocli.CommandLine.IVersionProvider;

/** The kraken-codegen version for {@code --version}: the one {@link Codegen#VERSION}. */
public final class Version implements IVersionProvider {

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    return Codegen.VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"kraken-codegen " + current()};
  }
}
