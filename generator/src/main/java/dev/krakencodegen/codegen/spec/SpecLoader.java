package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.SpecException;
import dev.krakencodegen.codegen.model.Api;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a spec into the linked model: YAML → raw element tree → linked and validated model.
 * YAML-level problems fail fast with one error; everything else is collected across all
 * passes and reported together, sorted by position.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /**
   * @throws SpecException carrying every diagnostic when the spec is not valid
   */
  public static Api load(SpecSource source) throws SpecException {
    Locator locator = new Locator(source.displayPath());
    Node root = new YamlParser(locator).parse(source.content());
    Diagnostics diagnostics = new Diagnostics();
    Raw.Spec raw = new SpecReader(locator, diagnostics).read(root);
    Api api = raw == null ? null : new Linker(source.fileName(), diagnostics).link(raw);
    if (api == null || diagnostics.hasErrors()) {
      if (!diagnostics.hasErrors()) {
        throw new IllegalStateException("the linker produced no model but reported no error");
      }
      throw diagnostics.toException();
    }
    return api;
  }
}
