package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {
  @Test
  void distanceCountsEditsAndAdjacentSwapsAsOne() {
    assertEquals(0, NameSuggester.distance("channel", "channel", 2));
    assertEquals(1, NameSuggester.distance("chanel", "channel", 2));
    assertEquals(1, NameSuggester.distance("retruns", "returns", 2));
    assertEquals(1, NameSuggester.distance("nmae", "name", 2));
    assertEquals(2, NameSuggester.distance("abcd", "badc", 2));
    assertEquals(3, NameSuggester.distance("abc", "", 3));
    assertEquals(3, NameSuggester.distance("kitten", "sitting", 3));
  }

  @Test
  void distanceStopsAtTheBound() {
    // Anything further than the bound is reported as bound + 1, however far it really is.
    assertEquals(3, NameSuggester.distance("abcdef", "uvwxyz", 2));
    assertEquals(3, NameSuggester.distance("abc", "", 2));
    assertEquals(2, NameSuggester.distance("abcdef", "abcfed", 2));
    // Long inputs only touch a band around the diagonal: 2 * 30,000 chars need no big table.
    String a = "a".repeat(30_000);
    assertEquals(1, NameSuggester.distance(a, a.substring(1), 2));
    assertEquals(3, NameSuggester.distance(a, "b".repeat(30_000), 2));
  }

  @Test
  void veryLongNamesAndHugeCandidateSetsGetNoSuggestion() {
    String longName = "n".repeat(NameSuggester.MAX_NAME_LENGTH + 1);
    assertEquals(Optional.empty(), NameSuggester.suggest(longName, List.of(longName + "x")));
    String atLimit = "n".repeat(NameSuggester.MAX_NAME_LENGTH);
    assertEquals(Optional.of(atLimit + "x"), NameSuggester.suggest(atLimit, List.of(atLimit + "x")));
    List<String> many = java.util.stream.IntStream.range(0, NameSuggester.MAX_CANDIDATES + 1)
        .mapToObj(i -> "value" + i).toList();
    assertEquals(Optional.empty(), NameSuggester.suggest("valeu7", many));
    assertEquals(Optional.of("value7"), NameSuggester.suggest("valeu7", many.subList(0, NameSuggester.MAX_CANDIDATES)));
  }

  @Test
  void suggestsTheClosestCandidate() {
    assertEquals(Optional.of("Channel"), NameSuggester.suggest("Chanel", List.of("User", "Channel", "Team")));
    assertEquals(Optional.of("returns"), NameSuggester.suggest("retruns", List.of("summary", "returns", "status")));
    assertEquals(Optional.of("Channel"), NameSuggester.suggest("channel", List.of("Channel")));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertEquals(Optional.empty(), NameSuggester.suggest("frobnicate", List.of("summary", "returns")));
    assertEquals(Optional.empty(), NameSuggester.suggest("ab", List.of("xy")));
    assertEquals(Optional.empty(), NameSuggester.suggest("x".repeat(100_000), List.of("x")));
  }

  @Test
  void tiesGoToTheFirstCandidateInDeclarationOrder() {
    assertEquals(Optional.of("cat"), NameSuggester.suggest("bat", List.of("cat", "hat")));
    assertEquals(Optional.of("hat"), NameSuggester.suggest("bat", List.of("hat", "cat")));
  }

  @Test
  void hintIsEmptyOrADidYouMean() {
    assertEquals("; did you mean 'Channel'?", NameSuggester.hint("Chanel", List.of("Channel")));
    assertEquals("", NameSuggester.hint("Zebra", List.of("Channel")));
  }
}
