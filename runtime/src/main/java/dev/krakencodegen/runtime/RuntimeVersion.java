package dev.krakencodegen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, from a resource filtered at build time. */
final class RuntimeVersion {
  static final String VERSION = load();

  private RuntimeVersion() {}

  private static String load() {
    try (InputStream in = RuntimeVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
