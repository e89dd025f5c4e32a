package crosscheck.verdict;

import crosscheck.ingest.Document;
import crosscheck.match.FactGroup;
import crosscheck.ruleset.RuleSet;
import java.util.List;

/** Fact groups to judged facts. (Foundation: none yet; the matching issue builds it.) */
public final class Judge {
  public Judge(RuleSet rules) {}

  public List<Fact> judge(List<Document> documents, List<FactGroup> groups) {
    return List.of();
  }
}
