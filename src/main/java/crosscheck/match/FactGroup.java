package crosscheck.match;

import crosscheck.claim.Claim;
import java.util.List;

/**
 * The claims that the matcher judged to be about one fact, with their independent sources.
 *
 * @param key the fact's key
 * @param claims the claims, in stable order (document id, then offset)
 * @param sources the independent source clusters the claims' documents fall into
 */
public record FactGroup(FactKey key, List<Claim> claims, List<SourceCluster> sources) {
  public FactGroup {
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
  }
}
