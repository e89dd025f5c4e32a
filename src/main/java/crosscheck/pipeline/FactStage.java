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
  /**
   * Sorts into report order: by key text, which the matcher keeps unique (ties keep partition
   * order). Each text is made once: FactKey.text() joins five strings per call.
   */
  private static List<Fact> inOrder(List<Fact> facts) {
    record Keyed(String text, Fact fact) {}
    List<Keyed> keyed = new ArrayList<>(facts.size());
    facts.forEach(f -> keyed.add(new Keyed(f.key().text(), f)));
    keyed.sort(Comparator.comparing(Keyed::text));
    return keyed.stream().map(Keyed::fact).toList();
  }

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

  /**
   * @param signatures each document's {@link FactMatcher#signature}, in document order
   * @param keys each document's claim-cache key by id, or null to judge every partition afresh
   * @param earlier the facts an earlier run judged for a fingerprint, or null
   * @param threads partitions are independent, so they are matched and judged on this many
   *     threads; the result does not depend on it
   */
  Result run(List<Document> documents, List<long[]> signatures, Map<String, String> keys, List<Claim> claims,
      Function<String, List<Fact>> earlier, int threads) {
    SourceLinks links = matcher.links(documents, signatures);
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<FactMatcher.Partition> partitions = matcher.partition(claims);
    // each document's part of a fingerprint, made once: a document's claims fall into many partitions
    Map<String, String> standing = new HashMap<>();
    if (keys != null) {
      keys.forEach((id, key) -> standing.put(id, key + " " + links.reuseOf(id)));
    }
    List<List<Fact>> parts = new ArrayList<>(java.util.Collections.nCopies(partitions.size(), null));
    String[] fingerprints = new String[partitions.size()];
    List<Integer> todo = new ArrayList<>();
    int reused = 0;
    for (int i = 0; i < partitions.size(); i++) {
      fingerprints[i] = keys == null ? null : fingerprint(partitions.get(i), standing);
      List<Fact> had = fingerprints[i] == null ? null : earlier.apply(fingerprints[i]);
      if (had != null) {
        parts.set(i, had);
        reused++;
      } else {
        todo.add(i);
      }
    }
    List<List<Fact>> fresh = Parallel.map(todo, threads, "matching",
        i -> judge.judge(byId, matcher.match(links, partitions.get(i))));
    for (int k = 0; k < todo.size(); k++) {
      parts.set(todo.get(k), fresh.get(k));
    }
    List<Fact> facts = new ArrayList<>();
    Map<String, List<Fact>> judged = new HashMap<>();
    for (int i = 0; i < partitions.size(); i++) {
      facts.addAll(parts.get(i));
      if (fingerprints[i] != null) {
        judged.put(fingerprints[i], parts.get(i));
      }
    }
    return new Result(inOrder(facts), judged, reused, partitions.size());
  }

  /** The facts of every partition judged earlier, when nothing they depend on changed. */
  static Result reuse(Map<String, List<Fact>> judged) {
    List<Fact> facts = new ArrayList<>();
    judged.values().forEach(facts::addAll);
    return new Result(inOrder(facts), judged, judged.size(), judged.size());
  }

  /**
   * The partition's id and, for each of its documents, the cache key (text, metadata and so
   * claims) and text-reuse standing. Claim ids are not needed: ties between claims come from
   * their keys alone, so a partition named by one key and drawn from the same documents holds
   * the same claims (any key that joined it from elsewhere would bring its document along).
   */
  private static String fingerprint(FactMatcher.Partition p, Map<String, String> standing) {
    StringBuilder b = new StringBuilder(p.id()).append('\n');
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (Claim c : p.claims()) {
      documents.add(c.document());
    }
    List<String> ids = new ArrayList<>(documents);
    ids.sort(null);
    for (String id : ids) {
      b.append(id).append(' ').append(standing.get(id)).append('\n');
    }
    return Hashes.sha256(b.toString());
  }

}
