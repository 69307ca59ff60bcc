package dev.krakencodegen.codegen.spec;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the near match for a misspelled name, for "did you mean …?" hints. Every suggestion
 * is cheap whatever the input: names longer than {@link #MAX_NAME_LENGTH} and candidate sets
 * larger than {@link #MAX_CANDIDATES} get no suggestion, and the distance is computed in a
 * band of width {@code 2 * MAX_EDITS + 1} over three rows, so one suggestion costs at most
 * {@code MAX_CANDIDATES * MAX_NAME_LENGTH * 5} steps and {@code O(MAX_NAME_LENGTH)} memory.
 */
final class NameSuggester {
  /** Typos further away than this are not suggested. */
  static final int MAX_EDITS = 2;

  /** Longer names are not typos of anything worth suggesting. */
  static final int MAX_NAME_LENGTH = 64;

  /** More candidates than this (e.g. a huge enum) get no suggestion. */
  static final int MAX_CANDIDATES = 1000;

  private NameSuggester() {}

  /**
   * The candidate closest to {@code wrong} by optimal-string-alignment distance (Damerau:
   * insert, delete, substitute, swap adjacent), if it is close enough to be a plausible typo:
   * at most 2 edits and fewer edits than half the name. Ties go to the first candidate, so
   * suggestions follow declaration order and are deterministic.
   */
  static Optional<String> suggest(String wrong, Collection<String> candidates) {
    if (wrong.length() > MAX_NAME_LENGTH || candidates.size() > MAX_CANDIDATES) {
      return Optional.empty();
    }
    String lowerWrong = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wrong) || Math.abs(candidate.length() - wrong.length()) > MAX_EDITS) {
        continue;
      }
      int allowed = Math.min(MAX_EDITS, Math.max(1, Math.min(wrong.length(), candidate.length()) / 2));
      int d = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT), allowed);
      if (d == 0) {
        d = 1; // differs only in case: a very likely typo
      }
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} or the empty string. */
  static String hint(String wrong, Collection<String> candidates) {
    return suggest(wrong, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /**
   * The optimal-string-alignment distance of {@code a} and {@code b} if it is at most
   * {@code bound}, else {@code bound + 1}. Only cells within {@code bound} of the diagonal are
   * computed (others cannot lead to a distance within the bound), over three rows (the swap
   * rule looks two rows back), and the scan stops as soon as a whole row exceeds the bound:
   * later rows can only be larger.
   */
  static int distance(String a, String b, int bound) {
    int over = bound + 1;
    if (Math.abs(a.length() - b.length()) > bound) {
      return over;
    }
    int m = b.length();
    int[] beforePrevious = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    Arrays.fill(beforePrevious, over);
    for (int i = 1; i <= a.length(); i++) {
      Arrays.fill(current, over);
      current[0] = Math.min(i, over);
      int rowMin = current[0];
      int from = Math.max(1, i - bound);
      int to = Math.min(m, i + bound);
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        current[j] = Math.min(d, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > bound) {
        return over;
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return previous[m];
  }
}
