package crosscheck.text;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/**
 * Runs rules/abbreviations.yaml through the real splitter: a firing example's span lies within one
 * sentence; a non-firing one is split between two.
 */
final class AbbreviationRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "abbreviations";
  }

  @Override
  public RuleTable<AbbreviationRule> load(RuleSet rules) {
    return rules.table("abbreviations", AbbreviationRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    List<Sentence> sentences = new SentenceSplitter(rules).split(ex.text());
    String span = ex.span() == null ? ex.text() : ex.span();
    boolean whole = sentences.stream().anyMatch(s -> s.text().contains(span));
    if (whole == ex.shouldFire()) {
      return null;
    }
    return (ex.shouldFire() ? "split '" : "did not split '") + span + "': "
        + sentences.stream().map(Sentence::text).toList();
  }
}
