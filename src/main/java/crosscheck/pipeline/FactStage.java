package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.match.FactKey;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;

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
   * @param keys the claim-cache keys of the documents with each id (several for one text at
   *     several paths), or null to judge every partition afresh
   * @param factKeys each claim's {@link FactMatcher#keys fact key}, made with the claims
   * @param earlier the facts an earlier run judged for a fingerprint, or null
   * @param threads partitions are independent, so they are matched and judged on this many
   *     threads; the result does not depend on it
   */
  Result run(List<Document> documents, List<long[]> signatures, Map<String, String> keys, List<Claim> claims,
      List<FactKey> factKeys, Function<String, List<Fact>> earlier, int threads) {
    // text reuse and partitions do not depend on each other: made side by side
    CompletableFuture<SourceLinks> linking = threads > 1
        ? CompletableFuture.supplyAsync(() -> matcher.links(documents, signatures))
        : CompletableFuture.completedFuture(matcher.links(documents, signatures));
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<FactMatcher.Partition> partitions = matcher.partition(claims, factKeys);
    SourceLinks links = linking.join();
    Standing standing = keys == null ? null : new Standing(keys, links, threads > 1);
    List<List<Fact>> parts = new ArrayList<>(java.util.Collections.nCopies(partitions.size(), null));
    String[] fingerprints = new String[partitions.size()];
    List<Integer> todo = new ArrayList<>();
    int reused = 0;
    if (standing != null) { // each partition's on its own: made on every core
      IntStream all = IntStream.range(0, partitions.size());
      (threads > 1 ? all.parallel() : all).forEach(i -> fingerprints[i] = standing.fingerprint(partitions.get(i)));
    }
    for (int i = 0; i < partitions.size(); i++) {
      List<Fact> had = fingerprints[i] == null ? null : earlier.apply(fingerprints[i]);
      if (had != null) {
        parts.set(i, had);
        reused++;
      } else {
        todo.add(i);
      }
    }
    // largest first: one fact with thousands of sources would otherwise start last and hold up the run
    todo.sort(Comparator.comparingInt((Integer i) -> -partitions.get(i).claims().size()).thenComparingInt(i -> i));
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
   * Each document's part of a partition fingerprint, made once (a document's claims fall into many
   * partitions): 128 bits of the SHA-256 of its id, cache key (text, metadata and so claims) and
   * text-reuse standing.
   */
  private static final class Standing {
    private final Map<String, Integer> index = new HashMap<>();
    private final long[] low;
    private final long[] high;

    Standing(Map<String, String> keys, SourceLinks links, boolean parallel) {
      low = new long[keys.size()];
      high = new long[keys.size()];
      List<Map.Entry<String, String>> documents = new ArrayList<>(keys.entrySet());
      for (int i = 0; i < documents.size(); i++) {
        index.put(documents.get(i).getKey(), i);
      }
      IntStream all = IntStream.range(0, documents.size());
      (parallel ? all.parallel() : all).forEach(i -> {
        String id = documents.get(i).getKey();
        byte[] h = Hashes.sha256Bytes(id + " " + documents.get(i).getValue() + " " + links.reuseOf(id));
        low[i] = java.nio.ByteBuffer.wrap(h, 0, 8).getLong();
        high[i] = java.nio.ByteBuffer.wrap(h, 8, 8).getLong();
      });
    }

    /**
     * The partition's id and its documents' parts summed lane by lane, once per claim: a sum does
     * not depend on order, so neither a sort nor a string of every document is needed, and
     * counting per claim sees a further copy of a text already in the corpus (one id, so one part,
     * but more claims). Claim ids are not needed: ties between claims come from their keys alone,
     * so a partition named by one key and drawn from the same documents holds the same claims
     * (any key that joined it from elsewhere would bring its document along).
     */
    String fingerprint(FactMatcher.Partition p) {
      long sumLow = 0;
      long sumHigh = 0;
      String last = null;
      int i = -1;
      for (Claim c : p.claims()) {
        if (!c.document().equals(last)) { // claims come in document order: most lookups are saved
          last = c.document();
          i = index.get(last);
        }
        sumLow += low[i];
        sumHigh += high[i];
      }
      // 128 bits name a partition well enough, and the memo's index lists every fingerprint
      return Hashes.shortId(p.id() + "\n" + p.claims().size() + " " + Long.toHexString(sumLow) + " " + Long.toHexString(sumHigh), 32);
    }
  }
}
