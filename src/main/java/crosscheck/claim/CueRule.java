package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of the cue files (rules/attribution.yaml, rules/modality.yaml, rules/polarity.yaml): words
 * that change how a claim is held.
 *
 * @param phrases the cue words ("according to", "an estimated", "never"); "*ing" matches any word
 *     ending in "ing"
 * @param except longer phrases that contain a cue but do not mean it ("not only")
 * @param value what the cue gives: a modality id; "negated"; for attribution, where the source
 *     stands: "after" ("according to X"), "before" ("X said"), or "cue" (the cue names the source
 *     itself: "reportedly")
 * @param window how many words before the claim the cue may stand; null: anywhere in the clause
 *     before it; 0: anywhere in the sentence (a question mark)
 */
public record CueRule(
    String id,
    String description,
    List<String> phrases,
    List<String> except,
    String value,
    Integer window,
    List<RuleExample> examples)
    implements Rule {
  public CueRule {
    if (phrases == null || phrases.isEmpty() || value == null) {
      throw new IllegalArgumentException("a cue needs phrases and a value");
    }
    phrases = List.copyOf(phrases);
    except = except == null ? List.of() : List.copyOf(except);
  }
}
