package dev.krakencodegen.codegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {
  @Test
  void distanceCountsEditsAndAdjacentSwapsAsOne() {
    assertEquals(0, NameSuggester.distance("channel", "channel"));
    assertEquals(1, NameSuggester.distance("chanel", "channel"));
    assertEquals(1, NameSuggester.distance("retruns", "returns"));
    assertEquals(1, NameSuggester.distance("nmae", "name"));
    assertEquals(2, NameSuggester.distance("abcd", "badc"));
    assertEquals(3, NameSuggester.distance("abc", ""));
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
