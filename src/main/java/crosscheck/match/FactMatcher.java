package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.ruleset.RuleSet;
import java.util.List;

/** Claims to fact groups. (Foundation: none yet; the matching issue builds it.) */
public final class FactMatcher {
  public FactMatcher(RuleSet rules) {}

  public List<FactGroup> match(List<Document> documents, List<Claim> claims) {
    return List.of();
  }
}
