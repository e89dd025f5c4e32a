package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.match.FactMatcher;
import crosscheck.match.SourceLinks;
import crosscheck.ruleset.Hashes;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Judge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Matching and judging, one {@link FactMatcher.Partition} at a time. With the documents' cache keys
 * known, each partition gets a fingerprint of everything its facts depend on (its claims, the
 * content and metadata of their documents, and how those documents reuse others' text); a
 * partition whose fingerprint an earlier run judged takes that run's facts instead of being
 * matched and judged again. Both ways give the same facts in the same order.
 */
final class FactStage {
  /** Fact order: by key text, which the matcher keeps unique (ties keep partition order). */
  private static final Comparator<Fact> ORDER = Comparator.comparing(f -> f.key().text());

  private final FactMatcher matcher;
  private final Judge judge;

  FactStage(FactMatcher matcher, Judge judge) {
    this.matcher = matcher;
    this.judge = judge;
  }

  /**
   * @param facts every fact, in report order
   * @param judged the facts of each partition by fingerprint (empty without document keys)
   * @param reused partitions whose facts came from {@code earlier}
   * @param partitions partitions in all
   */
  record Result(List<Fact> facts, Map<String, List<Fact>> judged, int reused, int partitions) {}

  /** Everything judged afresh: no document keys, nothing reused. */
  List<Fact> judgeAll(List<Document> documents, List<Claim> claims) {
    return run(documents, FactMatcher.signatures(documents), null, claims, fp -> null).facts();
  }

  /**
   * @param signatures each document's {@link FactMatcher#signature}, in document order
   * @param keys each document's claim-cache key by id, or null to judge every partition afresh
   * @param earlier the facts an earlier run judged for a fingerprint, or null
   */
  Result run(List<Document> documents, List<long[]> signatures, Map<String, String> keys, List<Claim> claims,
      Function<String, List<Fact>> earlier) {
    SourceLinks links = matcher.links(documents, signatures);
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<Fact> facts = new ArrayList<>();
    Map<String, List<Fact>> judged = new HashMap<>();
    int reused = 0;
    List<FactMatcher.Partition> partitions = matcher.partition(claims);
    for (FactMatcher.Partition p : partitions) {
      String fingerprint = keys == null ? null : fingerprint(p, keys, links);
      List<Fact> had = fingerprint == null ? null : earlier.apply(fingerprint);
      List<Fact> part = had != null ? had : judge.judge(byId, matcher.match(links, p));
      reused += had != null ? 1 : 0;
      if (fingerprint != null) {
        judged.put(fingerprint, part);
      }
      facts.addAll(part);
    }
    facts.sort(ORDER);
    return new Result(facts, judged, reused, partitions.size());
  }

  /** The facts of every partition judged earlier, when nothing they depend on changed. */
  static Result reuse(Map<String, List<Fact>> judged) {
    List<Fact> facts = new ArrayList<>();
    judged.values().forEach(facts::addAll);
    facts.sort(ORDER);
    return new Result(facts, judged, judged.size(), judged.size());
  }

  /**
   * The partition's id and, for each of its documents, the cache key (text, metadata and so
   * claims) and text-reuse standing. Claim ids are not needed: ties between claims come from
   * their keys alone, so a partition named by one key and drawn from the same documents holds
   * the same claims (any key that joined it from elsewhere would bring its document along).
   */
  private static String fingerprint(FactMatcher.Partition p, Map<String, String> keys, SourceLinks links) {
    StringBuilder b = new StringBuilder(p.id()).append('\n');
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (Claim c : p.claims()) {
      documents.add(c.document());
    }
    List<String> ids = new ArrayList<>(documents);
    ids.sort(null);
    for (String id : ids) {
      b.append(id).append(' ').append(keys.get(id)).append(' ').append(links.reuseOf(id)).append('\n');
    }
    return Hashes.sha256(b.toString());
  }
}
