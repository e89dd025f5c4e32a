package crosscheck.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import crosscheck.match.FactKey;
import crosscheck.match.SourceCluster;
import java.util.List;

/**
 * A judged fact: the guide's {@code facts} entry; field order is the JSON order.
 *
 * @param id stable: a hash of the key's text
 * @param key the fact key
 * @param verdict the verdict
 * @param rule the id of the verdict rule that decided
 * @param reason one sentence a reviewer understands
 * @param claims the claim ids, in stable order
 * @param sources number of documents (outlets) stating it
 * @param independentSources number of independent source clusters
 * @param chains the source clusters ("3 outlets, 1 independent source" and why)
 * @param baselined true when the finding is in the baseline given with {@code --baseline}
 * @param review the reviewer's decision, or null
 */
@JsonPropertyOrder({
  "id", "key", "verdict", "rule", "reason", "claims", "sources", "independentSources", "chains",
  "baselined", "review"
})
public record Fact(
    String id,
    FactKey key,
    Verdict verdict,
    String rule,
    String reason,
    List<String> claims,
    int sources,
    int independentSources,
    List<SourceCluster> chains,
    boolean baselined,
    Review review) {
  public Fact {
    claims = List.copyOf(claims);
    chains = List.copyOf(chains);
  }

  public Fact withBaselined(boolean value) {
    return new Fact(id, key, verdict, rule, reason, claims, sources, independentSources, chains, value, review);
  }

  public Fact withReview(Review value) {
    return new Fact(id, key, verdict, rule, reason, claims, sources, independentSources, chains, baselined, value);
  }
}
