package dev.krakencodegen.codegen.specfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks that spec/kraken-v1.yaml covers the Twitch docs it is transcribed from: every
 * documented endpoint is an operation, every operation is documented, every documented scope
 * is declared with its documented description, and every {@code docs} reference points at an
 * existing page and anchor.
 */
class SpecCoverageTest {
  /** A resource page's endpoint line: {@code `GET /channels/:channel/`}. */
  private static final Pattern RESOURCE_ENDPOINT =
      Pattern.compile("^`(GET|POST|PUT|PATCH|DELETE) (/[^`\\s]*)`\\s*$");
  /** The README's root endpoint, written as a bare path line: {@code `/`}. */
  private static final Pattern README_ENDPOINT = Pattern.compile("^`(/[^`\\s]*)`\\s*$");
  /** An absolute endpoint in the guides: {@code POST https://api.twitch.tv/kraken/users}. */
  private static final Pattern GUIDE_ENDPOINT =
      Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) https://api\\.twitch\\.tv/kraken(/[^`\\s]*)");
  /** A scope list item in authentication.md: {@code - `user_read`: Read access …}. */
  private static final Pattern SCOPE_ITEM = Pattern.compile("^- `([a-z_]+)`: (.+?)\\s*$");
  private static final Pattern PATH_PARAM = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");
  /** A Markdown heading line. */
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$");
  /** An explicit HTML anchor: {@code <a id="user"/>} or {@code <a name="oauth"/>}. */
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"");

  private static final List<String> GUIDES =
      List.of("account-creation.md", "authentication.md", "password-credentials.md");

  private static Path docs;
  private static Map<String, Object> spec;

  @BeforeAll
  static void load() throws IOException {
    docs = SpecFiles.docsDir();
    spec = SpecFiles.loadKrakenSpec();
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedEndpointIsAnOperation() throws IOException {
    Set<String> operations = specEndpoints().keySet();
    return documentedEndpoints().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () ->
                        assertTrue(
                            operations.contains(e.getKey()),
                            () ->
                                "documented in "
                                    + String.join(", ", e.getValue())
                                    + " but no operation of kraken-v1.yaml has http: "
                                    + e.getKey())));
  }

  @Test
  void everyOperationIsDocumented() throws IOException {
    Set<String> documented = documentedEndpoints().keySet();
    Set<String> undocumented = new TreeSet<>();
    specEndpoints()
        .forEach((http, id) -> {
          if (!documented.contains(http)) {
            undocumented.add(id + " (" + http + ")");
          }
        });
    assertEquals(Set.of(), undocumented, "operations that no doc page lists");
  }

  @Test
  void everyDocPageContributesEndpoints() throws IOException {
    // Guards the parsing itself: a page whose endpoints all went unrecognised would
    // otherwise pass the coverage check vacuously.
    Set<String> pages = new TreeSet<>();
    documentedEndpoints().values().forEach(pages::addAll);
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.list(docs.resolve("resources"))) {
      files.forEach(f -> expected.add("resources/" + f.getFileName()));
    }
    expected.add("README.md");
    expected.addAll(GUIDES);
    assertEquals(expected, pages);
  }

  @Test
  void normalizeSpellsDocPathsLikeTheSpec() {
    assertEquals("/channels/{channel}", normalize("/channels/:channel/"));
    assertEquals("/users/{login}/blocks/{user}", normalize("/users/:login/blocks/:user"));
    assertEquals("/streams", normalize("/streams?game=Diablo+III"));
    assertEquals("/", normalize("/"));
  }

  @Test
  void slugFollowsGitHubHeadingAnchors() {
    assertEquals("get-the-specified-channels-stream", slug("Get the specified channel's stream"));
    assertEquals("get-the-authenticated-user", slug("Get the authenticated user <a id=\"user\"/>"));
    assertEquals(
        "get-a-list-of-featured-promoted-streams",
        slug("Get a list of featured (promoted) streams"));
    assertEquals("users", slug("[Users](/justintv/Twitch-API/blob/master/resources/users.md)"));
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedScopeIsDeclaredWithItsDescription() throws IOException {
    Map<String, String> documented = documentedScopes();
    assertFalse(documented.isEmpty(), "no scopes found in authentication.md");
    Map<?, ?> declared = assertInstanceOf(Map.class, spec.get("scopes"), "spec has no scopes");
    return documented.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () ->
                        assertEquals(
                            e.getValue(),
                            declared.get(e.getKey()),
                            "description of scope " + e.getKey())));
  }

  @Test
  void everyDeclaredScopeIsDocumented() throws IOException {
    Map<?, ?> declared = assertInstanceOf(Map.class, spec.get("scopes"), "spec has no scopes");
    Set<String> extra = new TreeSet<>();
    for (Object name : declared.keySet()) {
      extra.add(String.valueOf(name));
    }
    extra.removeAll(documentedScopes().keySet());
    assertEquals(Set.of(), extra, "scopes that authentication.md does not list");
  }

  @TestFactory
  Stream<DynamicTest> everyDocsReferenceResolves() {
    Map<String, String> references = new LinkedHashMap<>();
    collectDocsReferences(spec, "", references);
    assertFalse(references.isEmpty(), "the spec has no docs references");
    return references.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey() + " -> " + e.getValue(),
                    () -> {
                      String[] parts = e.getValue().split("#", 2);
                      Path page = docs.resolve(parts[0]).normalize();
                      assertTrue(Files.isRegularFile(page), "no doc page " + parts[0]);
                      if (parts.length == 2) {
                        Set<String> anchors = anchors(page);
                        assertTrue(
                            anchors.contains(parts[1]),
                            () ->
                                "no anchor #" + parts[1] + " in " + parts[0] + "; has " + anchors);
                      }
                    }));
  }

  /** Every {@code docs} value in the spec, keyed by where it sits (e.g. {@code models.User}). */
  private static void collectDocsReferences(Object node, String where, Map<String, String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        String at = where.isEmpty() ? String.valueOf(key) : where + "." + key;
        if ("docs".equals(key) && value instanceof String ref) {
          out.put(where, ref);
        } else if (!"examples".equals(key)) {
          collectDocsReferences(value, at, out);
        }
      });
    }
  }

  /** The anchors GitHub gives a page: heading slugs and explicit HTML anchors. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new TreeSet<>();
    for (String line : lines(page)) {
      Matcher anchor = HTML_ANCHOR.matcher(line);
      while (anchor.find()) {
        anchors.add(anchor.group(1));
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        anchors.add(slug(heading.group(1)));
      }
    }
    return anchors;
  }

  /** GitHub's heading slug: no HTML or punctuation, lower case, spaces as hyphens. */
  static String slug(String heading) {
    String text = heading.replaceAll("<[^>]*>", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9 _-]", "")
        .replace(' ', '-');
  }

  /** {@code METHOD /path} of every documented endpoint, mapped to the pages that list it. */
  private static Map<String, Set<String>> documentedEndpoints() throws IOException {
    Map<String, Set<String>> endpoints = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(docs.resolve("resources"))) {
      for (Path file : files.sorted().toList()) {
        for (String line : lines(file)) {
          Matcher m = RESOURCE_ENDPOINT.matcher(line);
          if (m.matches()) {
            String page = "resources/" + file.getFileName();
            add(endpoints, m.group(1) + " " + normalize(m.group(2)), page);
          }
        }
      }
    }
    for (String line : lines(docs.resolve("README.md"))) {
      Matcher m = README_ENDPOINT.matcher(line);
      if (m.matches()) {
        add(endpoints, "GET " + normalize(m.group(1)), "README.md");
      }
    }
    for (String guide : GUIDES) {
      for (String line : lines(docs.resolve(guide))) {
        Matcher m = GUIDE_ENDPOINT.matcher(line);
        while (m.find()) {
          add(endpoints, m.group(1) + " " + normalize(m.group(2)), guide);
        }
      }
    }
    return endpoints;
  }

  private static void add(Map<String, Set<String>> endpoints, String endpoint, String page) {
    endpoints.computeIfAbsent(endpoint, k -> new TreeSet<>()).add(page);
  }

  /** The docs' path spelling in the spec's: no query, {@code :p} as {@code {p}}, no final /. */
  static String normalize(String path) {
    String p = path;
    int query = p.indexOf('?');
    if (query >= 0) {
      p = p.substring(0, query);
    }
    p = PATH_PARAM.matcher(p).replaceAll("{$1}");
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static Map<String, String> documentedScopes() throws IOException {
    Map<String, String> scopes = new LinkedHashMap<>();
    for (String line : lines(docs.resolve("authentication.md"))) {
      Matcher m = SCOPE_ITEM.matcher(line);
      if (m.matches()) {
        scopes.put(m.group(1), m.group(2));
      }
    }
    return scopes;
  }

  /** {@code http} of every operation, mapped to its {@code resource.operation} id. */
  private static Map<String, String> specEndpoints() {
    Map<String, String> endpoints = new LinkedHashMap<>();
    Set<String> duplicates = new LinkedHashSet<>();
    Map<?, ?> resources = assertInstanceOf(Map.class, spec.get("resources"), "spec resources");
    resources.forEach((resourceName, resource) -> {
      Map<?, ?> operations =
          assertInstanceOf(Map.class, ((Map<?, ?>) resource).get("operations"), "operations");
      operations.forEach((operationName, operation) -> {
        Object http = ((Map<?, ?>) operation).get("http");
        String id = resourceName + "." + operationName;
        if (endpoints.putIfAbsent(String.valueOf(http), id) != null) {
          duplicates.add(id + " (" + http + ")");
        }
      });
    });
    assertEquals(Set.of(), duplicates, "operations with the same http as an earlier one");
    return endpoints;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
