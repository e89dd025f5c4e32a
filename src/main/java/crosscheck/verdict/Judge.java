package crosscheck.verdict;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.match.FactGroup;
import crosscheck.match.Tolerances;
import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.StringSubstitutor;

/**
 * Fact groups to judged facts. The verdict rules (rules/verdicts.yaml) are tried in file order;
 * the first whose condition holds decides the verdict, and its reason template is filled with the
 * evidence ({a} ({aSource}) vs {b} ...). Ids hash the key text; the matcher keeps key texts
 * unique, and a repeated one here still gets a distinct, deterministic id.
 */
public final class Judge {
  private final List<VerdictRule> rules;
  private final Tolerances tolerances;

  public Judge(RuleSet rules) {
    this.rules = rules.table("verdicts", VerdictRule.class).rules();
    this.tolerances = new Tolerances(rules);
  }

  public List<Fact> judge(List<Document> documents, List<FactGroup> groups) {
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    return judge(byId, groups);
  }

  /** As {@link #judge(List, List)} with the documents already by id (for judging part by part). */
  public List<Fact> judge(Map<String, Document> byId, List<FactGroup> groups) {
    Set<String> ids = new HashSet<>();
    List<Fact> out = new ArrayList<>(groups.size());
    for (FactGroup g : groups) {
      if (g.claims().isEmpty()) {
        continue;
      }
      String text = g.key().text();
      String id = Hashes.shortId(text, 16);
      for (int n = 2; !ids.add(id); n++) {
        id = Hashes.shortId(text + "#" + n, 16);
      }
      out.add(judge(id, g, byId));
    }
    return out;
  }

  private Fact judge(String id, FactGroup g, Map<String, Document> documents) {
    Evidence evidence = new Evidence(g, documents, tolerances);
    VerdictRule decided = null;
    Map<String, String> values = Map.of();
    for (VerdictRule r : rules) {
      Optional<Map<String, String>> hit = r.condition().test(evidence);
      if (hit.isPresent()) {
        decided = r;
        values = hit.get();
        break;
      }
    }
    int documentCount = (int) g.claims().stream().map(Claim::document).distinct().count();
    List<String> claimIds = g.claims().stream().map(Claim::id).toList();
    if (decided == null) {
      return new Fact(id, g.key(), Verdict.NOT_COMPARABLE, "NO_RULE", "No verdict rule applies to this fact.",
          claimIds, documentCount, g.sources().size(), g.sources(), false, null);
    }
    String reason = new StringSubstitutor(values, "{", "}").replace(decided.reason());
    return new Fact(id, g.key(), decided.verdictId(), decided.id(), reason, claimIds, documentCount,
        g.sources().size(), g.sources(), false, null);
  }
}
