package crosscheck.text;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/abbreviations.yaml: words whose following period does not (or may not) end a
 * sentence.
 *
 * @param kind {@code title}: never ends a sentence, a name or number follows ("Mr.", "Gen.",
 *     "Jan.", "No."); {@code ending}: ends one only when a capitalised word follows ("etc.",
 *     "Inc."); {@code starter}: words that, after initials such as "U.S.", do start a new sentence
 *     ("The", "But")
 * @param words the abbreviations without their period, matched case-sensitively
 */
public record AbbreviationRule(
    String id, String description, String kind, List<String> words, List<RuleExample> examples)
    implements Rule {
  static final List<String> KINDS = List.of("title", "ending", "starter");

  public AbbreviationRule {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
    }
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("words is empty");
    }
    words = List.copyOf(words);
  }
}
