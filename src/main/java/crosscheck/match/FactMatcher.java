package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims to fact groups. Blocking on the fact key (subject, metric, time, scope, dimension) makes
 * the candidate sets; a claim without metric joins the most similar block of its other key parts
 * ({@link MetriclessClaims}); undated claims join the single dated fact of otherwise the same key
 * ({@link UndatedClaims}); within a block of plain counts, similarity of the counted nouns splits
 * different things that share a key ({@link ContextSplitter}). Assertions without recipient join
 * the facts that name one ({@link UnaddressedAssertions}); affirmed assertions also join the facts
 * of broader object classes ({@link ObjectClasses}) unless their speaker denies the broader fact
 * in the same document. Groups that differ only in currency, percent vs percentage points or rate
 * period become extra near-miss groups for the
 * not-comparable verdict ({@link NearMisses}). Every step is linear in the claims apart from
 * sorting; output order is by key text, then by first claim.
 */
public final class FactMatcher {
  /** Claim order inside a group: document id, then offset. */
  public static final Comparator<Claim> CLAIM_ORDER = FactMatcher::claimOrder;

  /** {@link #CLAIM_ORDER} written out: a chain of key extractors cost a tenth of matching a large fact. */
  private static int claimOrder(Claim a, Claim b) {
    int c = a.document().compareTo(b.document());
    if (c == 0) {
      c = Integer.compare(a.start(), b.start());
    }
    if (c == 0) {
      c = Integer.compare(a.end(), b.end());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  private final FactKeys keys;
  private final ObjectClasses classes;

  public FactMatcher(RuleSet rules) {
    this.classes = new ObjectClasses(rules);
    this.keys = new FactKeys(new Tolerances(rules), classes);
  }

  /** Every fact group of the corpus: {@link #partition} and {@link #match(SourceLinks, Partition)} each part. */
  public List<FactGroup> match(List<Document> documents, List<Claim> claims) {
    SourceLinks links = links(documents, signatures(documents));
    List<FactGroup> out = new ArrayList<>();
    for (Partition p : partition(claims)) {
      out.addAll(match(links, p));
    }
    out.sort(GROUP_ORDER);
    return out;
  }

  /** Fact order in a report: by key text (unique after numbering; ties keep partition order). */
  public static final Comparator<FactGroup> GROUP_ORDER = Comparator.comparing(g -> g.key().text());

  /** Each document's text signature, for {@link #links}; a caller may keep them between runs. */
  public static List<long[]> signatures(List<Document> documents) {
    return documents.stream().map(FactMatcher::signature).toList();
  }

  /** One document's text signature (null when the text is too short to compare). */
  public static long[] signature(Document document) {
    return MinHash.signature(document.text());
  }

  /** Text reuse and metadata of the whole corpus, from each document's {@link #signature}. */
  public SourceLinks links(List<Document> documents, List<long[]> signatures) {
    return new SourceLinks(documents, signatures);
  }

  /**
   * The judgeable claims split into parts that no matching step crosses. Keys are tied when a
   * step can make them interact: a metric-less key with the keys that share all but the metric;
   * an undated key with those that share all but the time; keys that differ only in dimension
   * (near misses); assertions of one agent and predicate; and keys with one text (numbering). A
   * group of keys that share all but the metric is tied only when one of them is metric-less
   * (likewise for time): otherwise no step looks across it, and ties through it would join most
   * of a subject's facts into one part. Matching the parts one by one gives the same groups as
   * matching all at once, so a re-run can reuse the groups of every part whose claims did not
   * change. In order of their {@link Partition#id}; claims in input order.
   */
  public List<Partition> partition(List<Claim> claims) {
    return partition(claims, keys(claims));
  }

  /**
   * Each claim's fact key, or null for a claim that takes no part in matching. A document's keys
   * depend only on its claims and the rules, so a caller may make them once per document (in
   * parallel, or in an earlier run) and hand them to {@link #partition(List, List)}.
   */
  public List<FactKey> keys(List<Claim> claims) {
    FactKey[] out = new FactKey[claims.size()];
    for (int i = 0; i < out.length; i++) {
      Claim c = claims.get(i);
      out[i] = FactKeys.judgeable(c) ? keys.of(c) : null;
    }
    return java.util.Arrays.asList(out);
  }

  /** As {@link #partition(List)}, with each claim's key from {@link #keys} (null: not matched). */
  public List<Partition> partition(List<Claim> claims, List<FactKey> keyOfClaim) {
    if (keyOfClaim.size() != claims.size()) {
      throw new IllegalArgumentException(keyOfClaim.size() + " keys for " + claims.size() + " claims");
    }
    // keys are looked at once per distinct key, not per claim: a corpus repeats its keys
    Map<String, Integer> nodeOfText = new HashMap<>();
    Map<FactKey, Integer> nodeOfKey = new HashMap<>();
    List<String> textOfNode = new ArrayList<>();
    Map<String, TieGroup> groups = new HashMap<>();
    int[] nodeOfClaim = new int[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      FactKey k = keyOfClaim.get(i);
      if (k == null) {
        nodeOfClaim[i] = -1;
        continue;
      }
      Integer self = nodeOfKey.get(k);
      if (self == null) {
        String text = k.text();
        self = nodeOfText.get(text);
        if (self == null) {
          self = textOfNode.size();
          nodeOfText.put(text, self);
          textOfNode.add(text);
        }
        nodeOfKey.put(k, self);
        tieGroups(k, self, groups);
      }
      nodeOfClaim[i] = self;
    }
    // an undated key is tied to the dated keys like it only when there is exactly one of them (the
    // only case in which UndatedClaims joins it to one); with two or more, the years stay apart and
    // every partition is told that the undated claims stay alone. Metric-less keys keep the tie:
    // placing them can remove dated keys, so the count is known only when matching.
    Set<String> undatedAlone = new HashSet<>();
    for (TieGroup g : groups.values()) {
      if (g.timeless != null) {
        g.active = g.undated && (g.metricless || g.dated.size() == 1);
        if (g.undated && !g.metricless && g.dated.size() > 1) {
          undatedAlone.add(g.timeless);
        }
      }
    }
    UnionFind uf = new UnionFind(textOfNode.size());
    for (TieGroup g : groups.values()) {
      if (g.active) {
        g.members.forEach(m -> uf.union(g.members.get(0), m));
      }
    }
    // each node's part and each part's name (its smallest key text) by node, not by claim: a
    // corpus has far fewer distinct keys than claims
    int[] partOfNode = new int[textOfNode.size()];
    int[] partOfRoot = new int[textOfNode.size()];
    java.util.Arrays.fill(partOfRoot, -1);
    List<String> names = new ArrayList<>();
    for (int node = 0; node < partOfNode.length; node++) {
      int root = uf.find(node);
      if (partOfRoot[root] < 0) {
        partOfRoot[root] = names.size();
        names.add(textOfNode.get(node));
      } else if (textOfNode.get(node).compareTo(names.get(partOfRoot[root])) < 0) {
        names.set(partOfRoot[root], textOfNode.get(node));
      }
      partOfNode[node] = partOfRoot[root];
    }
    List<List<Claim>> partClaims = new ArrayList<>(names.size());
    List<List<FactKey>> partKeys = new ArrayList<>(names.size());
    for (int p = 0; p < names.size(); p++) {
      partClaims.add(new ArrayList<>());
      partKeys.add(new ArrayList<>());
    }
    for (int i = 0; i < claims.size(); i++) {
      if (nodeOfClaim[i] >= 0) {
        int p = partOfNode[nodeOfClaim[i]];
        partClaims.get(p).add(claims.get(i));
        partKeys.get(p).add(keyOfClaim.get(i));
      }
    }
    List<Partition> out = new ArrayList<>(names.size());
    Set<String> alone = Set.copyOf(undatedAlone);
    for (int p = 0; p < names.size(); p++) {
      out.add(new Partition(names.get(p), java.util.Collections.unmodifiableList(partClaims.get(p)),
          java.util.Collections.unmodifiableList(partKeys.get(p)), alone));
    }
    out.sort(Comparator.comparing(Partition::id));
    return out;
  }

  /** Keys that share what one matching step compares; tied once that step can act on them. */
  private static final class TieGroup {
    final List<Integer> members = new ArrayList<>();
    boolean active;
    /** For the keys that share all but the time: their {@link UndatedClaims#timeless} text, else null. */
    String timeless;
    boolean metricless;
    boolean undated;
    /** The dated keys' nodes (one text may come from two keys). */
    final Set<Integer> dated = new HashSet<>();
  }

  /** Adds the key to the tie group of each step that compares it with others (see {@link #partition}). */
  private static void tieGroups(FactKey k, int node, Map<String, TieGroup> groups) {
    String s = k.subject() + "|";
    if ("assertion".equals(k.dimension())) {
      String predicate = k.metric() == null ? "" : k.metric().substring(0, Math.max(0, k.metric().indexOf(':')));
      join(groups, "assertion " + s + predicate, node, true);
      return;
    }
    // the strings are those MetriclessClaims, UndatedClaims and NearMisses compare
    join(groups, "partial " + MetriclessClaims.partialKey(k), node, k.metric() == null);
    String timeless = UndatedClaims.timeless(k);
    TieGroup sameButTime = join(groups, "timeless " + timeless, node, false);
    sameButTime.timeless = timeless;
    sameButTime.metricless = k.metric() == null;
    if (k.time() == null) {
      sameButTime.undated = true;
    } else {
      sameButTime.dated.add(node);
    }
    TieGroup family = join(groups, "family " + s + k.metric() + "|" + k.time() + "|" + k.scope(), node, false);
    family.active |= family.members.size() > 1;
  }

  private static TieGroup join(Map<String, TieGroup> groups, String name, int node, boolean activates) {
    TieGroup g = groups.computeIfAbsent(name, x -> new TieGroup());
    g.members.add(node);
    g.active |= activates;
    return g;
  }

  /**
   * Claims that only match among themselves.
   *
   * @param id the smallest key text among them, a stable name
   * @param claims the claims, in input order
   * @param keys each claim's fact key, made once when partitioning
   * @param undatedAlone the {@link UndatedClaims#timeless} texts of undated keys that have two or
   *     more dated keys like them in the corpus (perhaps in other partitions): their claims stay an
   *     undated fact of their own
   */
  public record Partition(String id, List<Claim> claims, List<FactKey> keys, Set<String> undatedAlone) {}

  /** The fact groups of one partition, in {@link #GROUP_ORDER}. */
  public List<FactGroup> match(SourceLinks links, Partition partition) {
    Map<FactKey, List<Claim>> blocks = new HashMap<>();
    Map<FactKey, List<Claim>> metricless = new HashMap<>();
    for (int i = 0; i < partition.claims().size(); i++) {
      Claim c = partition.claims().get(i);
      boolean loose = c.kind() == Claim.Kind.QUANTITY && c.metric() == null;
      (loose ? metricless : blocks).computeIfAbsent(partition.keys().get(i), k -> new ArrayList<>()).add(c);
    }
    MetriclessClaims.place(blocks, metricless);
    UndatedClaims.place(blocks, links.published(), partition.undatedAlone());
    UnaddressedAssertions.place(blocks);
    List<Draft> drafts = new ArrayList<>(blocks.size());
    for (Map.Entry<FactKey, List<Claim>> e : blocks.entrySet()) {
      List<Claim> block = e.getValue();
      sort(block, links);
      List<List<Claim>> parts = ContextSplitter.split(block);
      for (List<Claim> part : parts) {
        FactKey k = parts.size() == 1 ? e.getKey() : withScope(e.getKey(), ContextSplitter.label(part));
        drafts.add(new Draft(k, part));
      }
    }
    widenAssertions(drafts, blocks);
    drafts.addAll(NearMisses.of(drafts));
    drafts.sort(Comparator.comparing((Draft d) -> d.key().text()).thenComparing(d -> d.claims().get(0), CLAIM_ORDER));
    List<FactGroup> out = new ArrayList<>(drafts.size());
    FactKey previous = null;
    int same = 1;
    for (Draft d : drafts) {
      FactKey k = d.key();
      if (previous != null && previous.text().equals(k.text())) {
        same++;
        k = withScope(k, "#" + same);
      } else {
        previous = k;
        same = 1;
      }
      out.add(new FactGroup(k, d.claims(), links.independence().clusters(d.claims())));
    }
    out.sort(GROUP_ORDER);
    return out;
  }

  /**
   * Sorts claims into {@link #CLAIM_ORDER}, comparing their documents by rank: by document rank
   * and input place as numbers, then each document's claims by the full order (stable, as
   * {@code List.sort} is). Comparing document ids as strings was a fifth of matching a fact with
   * ten thousand claims.
   */
  static void sort(List<Claim> claims, SourceLinks links) {
    int n = claims.size();
    long[] keys = n < 64 ? null : rankKeys(claims, links); // a short list sorts as fast either way
    if (keys == null) {
      claims.sort(CLAIM_ORDER);
      return;
    }
    java.util.Arrays.sort(keys);
    Claim[] sorted = new Claim[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = claims.get((int) keys[i]);
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && keys[to] >>> 32 == keys[from] >>> 32) {
        to++;
      }
      if (to - from > 1) {
        java.util.Arrays.sort(sorted, from, to, CLAIM_ORDER);
      }
      from = to;
    }
    for (int i = 0; i < n; i++) {
      claims.set(i, sorted[i]);
    }
  }

  /** Each claim's document rank and place, as one number; null when a document has no rank (not in the corpus). */
  private static long[] rankKeys(List<Claim> claims, SourceLinks links) {
    long[] keys = new long[claims.size()];
    for (int i = 0; i < keys.length; i++) {
      int rank = links.idRank(claims.get(i).document());
      if (rank < 0) {
        return null;
      }
      keys[i] = (long) rank << 32 | i;
    }
    return keys;
  }

  /** A group under construction. */
  record Draft(FactKey key, List<Claim> claims) {}

  /** An affirmed narrower assertion also counts for each broader class that has a fact. */
  private void widenAssertions(List<Draft> drafts, Map<FactKey, List<Claim>> blocks) {
    Map<FactKey, List<Claim>> extra = new HashMap<>();
    Map<FactKey, java.util.Set<Speaker>> deniers = new HashMap<>();
    // the broader facts of a subject, scope, predicate and class are found once, not per claim
    Map<List<String>, List<FactKey>> broaderFacts = new HashMap<>();
    for (Draft d : drafts) {
      if (!"assertion".equals(d.key().dimension())) {
        continue;
      }
      for (Claim c : d.claims()) {
        if (c.polarity() != Polarity.AFFIRMED) {
          continue;
        }
        List<String> narrow = java.util.Arrays.asList(
            d.key().subject(), d.key().scope(), c.assertion().predicate(), classes.keyClass(c.assertion()));
        List<FactKey> broader = broaderFacts.computeIfAbsent(narrow, n -> {
          List<String> chain = classes.chain(n.get(3));
          List<FactKey> withFacts = new ArrayList<>();
          for (String b : chain.subList(1, chain.size())) {
            FactKey k = new FactKey(n.get(0), n.get(2) + ":" + b, null, n.get(1), "assertion");
            if (blocks.containsKey(k)) {
              withFacts.add(k);
            }
          }
          return withFacts;
        });
        for (FactKey k : broader) {
          if (!deniers.computeIfAbsent(k, x -> deniers(blocks.get(x))).contains(new Speaker(c.document(), c.attribution()))) {
            extra.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
          }
        }
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      List<Claim> more = extra.get(d.key());
      if (more != null) {
        drafts.set(i, new Draft(d.key(), union(d.claims(), more)));
      }
    }
  }

  /**
   * The speakers (document and attribution) who deny a broader fact: "China supplies drone engines
   * ... Beijing had not so far sent complete weapons" (senior US officials) affirms drones and
   * denies weapons; the drones must not count as an affirmation of weapons.
   */
  private static java.util.Set<Speaker> deniers(List<Claim> broader) {
    java.util.Set<Speaker> out = new java.util.HashSet<>();
    for (Claim b : broader) {
      if (b.polarity() == Polarity.NEGATED) {
        out.add(new Speaker(b.document(), b.attribution()));
      }
    }
    return out;
  }

  /** Who says a claim, for denials: its document and attribution. */
  private record Speaker(String document, String attribution) {}

  static FactKey withScope(FactKey k, String extra) {
    if (extra == null || extra.isEmpty()) {
      return k;
    }
    String scope = k.scope() == null ? extra : k.scope() + " " + extra;
    return new FactKey(k.subject(), k.metric(), k.time(), scope, k.dimension());
  }

  static List<Claim> union(List<Claim> a, List<Claim> b) {
    LinkedHashSet<Claim> all = new LinkedHashSet<>(a);
    all.addAll(b);
    List<Claim> out = new ArrayList<>(all);
    out.sort(CLAIM_ORDER);
    return out;
  }
}
