package crosscheck.claim;

import java.util.Set;

/**
 * Clause and chunk numbers for the tokens of a sentence. A clause ends at ";" or ":", before "but",
 * "while", "whereas", "although", "though" and "however", before ", and" (unless it ends a list of
 * short items), and at the comma that closes a sentence-initial "While ...," / "Although ...,"
 * clause. A chunk is a stretch between commas inside a clause. Cues and entities are sought in the
 * clause of their claim first.
 */
final class Clauses {
  private static final Set<String> BREAK_WORDS =
      Set.of("but", "while", "whereas", "although", "though", "however");
  private static final Set<String> LEADING_SUBORDINATORS =
      Set.of("while", "although", "though", "whereas", "if", "despite", "as", "because", "since");

  /** Chunks this short before ", and" are list items ("drones, missile technology, and ..."). */
  private static final int LIST_ITEM = 3;

  final int[] clause;
  final int[] chunk;

  /** Whether the sentence opens with a subordinate clause ("While China denies ..., ..."). */
  final boolean leadingSubordinate;

  private Clauses(int[] clause, int[] chunk, boolean leadingSubordinate) {
    this.clause = clause;
    this.chunk = chunk;
    this.leadingSubordinate = leadingSubordinate;
  }

  static Clauses of(Tokens t) {
    int[] clause = new int[t.size];
    int[] chunk = new int[t.size];
    int c = 0;
    int k = 0;
    boolean leadingSub = t.size > 0 && LEADING_SUBORDINATORS.contains(t.lower[0]);
    boolean subordinate = leadingSub;
    int chunkLength = 0;
    int lastComma = -1;
    for (int i = 0; i < t.size; i++) {
      String w = t.raw[i];
      String lower = t.lower[i];
      boolean boundaryHere =
          i > 0 && BREAK_WORDS.contains(lower)
              || i > 0
                  && lower.equals("and")
                  && t.raw[i - 1].equals(",")
                  && chunkLength > LIST_ITEM;
      if (boundaryHere) {
        c++;
        k++;
      }
      clause[i] = c;
      chunk[i] = k;
      if (w.equals(";") || w.equals(":")) {
        c++;
        k++;
      } else if (w.equals(",")) {
        chunkLength = i - lastComma - 1;
        lastComma = i;
        k++;
        if (leadingSub) {
          c++;
          leadingSub = false;
        }
      }
    }
    return new Clauses(clause, chunk, subordinate);
  }

  /** First token of the clause holding token {@code i}. */
  int clauseStart(int i) {
    int s = i;
    while (s > 0 && clause[s - 1] == clause[i]) {
      s--;
    }
    return s;
  }

  /** Index after the last token of the clause holding token {@code i}. */
  int clauseEnd(int i) {
    int e = i;
    while (e < clause.length && clause[e] == clause[i]) {
      e++;
    }
    return e;
  }
}
