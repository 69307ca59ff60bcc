package dev.krakencodegen.codegen.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the near match for a misspelled name, for "did you mean …?" hints. */
final class NameSuggester {
  private NameSuggester() {}

  /**
   * The candidate closest to {@code wrong} by optimal-string-alignment distance (Damerau:
   * insert, delete, substitute, swap adjacent), if it is close enough to be a plausible typo:
   * at most 2 edits and fewer edits than half the name. Ties go to the first candidate, so
   * suggestions follow declaration order and are deterministic.
   */
  static Optional<String> suggest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wrong) || Math.abs(candidate.length() - wrong.length()) > 2) {
        continue; // also keeps the quadratic distance away from absurdly long input
      }
      int d = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d == 0) {
        d = 1; // differs only in case: a very likely typo
      }
      int allowed = Math.min(2, Math.max(1, Math.min(wrong.length(), candidate.length()) / 2));
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

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
