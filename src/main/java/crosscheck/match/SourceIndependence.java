package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which documents count as one independent source for a fact: those that reuse one text
 * (found once per corpus by {@link TextReuse}) and those whose claims on the fact all quote one
 * named primary source ("according to the Kyiv Post"). A document quoting itself or its own
 * outlet, or an unnamed source ("analysts"), stays independent.
 */
final class SourceIndependence {
  private final Map<String, Document> byId = new HashMap<>();
  private final Map<String, String> reuseRoot = new HashMap<>();
  private final Map<String, Integer> indexOf = new HashMap<>();
  /** Each document's place in origin order across the corpus, by its {@link #indexOf} (see {@link #originRanks}). */
  private final int[] originRank;
  /** Each document's {@link #reuseRoot}, by its {@link #indexOf}: one look-up per document, not two. */
  private final String[] rootName;
  /** Each document's best reuse similarity, by index: a boxed map cost a re-run's time per link. */
  private final double[] reuseScore;
  private final Map<Voice, String> primaries = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param signatures each document's {@link MinHash} signature (null for too short a text) */
  SourceIndependence(List<Document> documents, List<long[]> signatures) {
    UnionFind uf = new UnionFind(documents.size());
    reuseScore = new double[documents.size()];
    originRank = new int[documents.size()];
    rootName = new String[documents.size()];
    for (TextReuse.Link l : TextReuse.bySignature(signatures)) {
      uf.union(l.a(), l.b());
      reuseScore[l.a()] = Math.max(reuseScore[l.a()], l.similarity());
      reuseScore[l.b()] = Math.max(reuseScore[l.b()], l.similarity());
    }
    // each reuse cluster is named by its smallest document id, not by its first document in
    // listing order: an added file that sorts first would rename its cluster, and every partition
    // with a claim of the cluster would look changed to the run memo (only sameness matters here)
    String[] name = new String[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      int root = uf.find(i);
      String id = documents.get(i).id();
      if (name[root] == null || id.compareTo(name[root]) < 0) {
        name[root] = id;
      }
    }
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      byId.put(d.id(), d);
      Integer first = indexOf.putIfAbsent(d.id(), i);
      if (first != null) { // one text at two paths: the best score of either
        reuseScore[first] = Math.max(reuseScore[first], reuseScore[i]);
      }
      reuseRoot.put(d.id(), name[uf.find(i)]);
    }
    indexOf.forEach((id, i) -> rootName[i] = reuseRoot.get(id));
    rankOrigins();
  }

  /**
   * Ranks every document once in origin order (earliest published first, then smallest id;
   * unknown dates last), so clusters sort by number. Each date is looked up once, not once per
   * comparison.
   */
  private void rankOrigins() {
    record Origin(String published, String id) {}
    List<Origin> all = new ArrayList<>(byId.size());
    byId.forEach((id, d) -> all.add(new Origin(d.published().value(), id)));
    all.sort(Comparator.comparing(Origin::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(Origin::id));
    for (int rank = 0; rank < all.size(); rank++) {
      originRank[indexOf.get(all.get(rank).id())] = rank;
    }
  }

  String reuseRoot(String documentId) {
    return reuseRoot.getOrDefault(documentId, documentId);
  }

  double reuseScore(String documentId) {
    Integer i = indexOf.get(documentId);
    return i == null ? 0.0 : reuseScore[i];
  }

  /**
   * The independent clusters of the documents behind these claims, origin order. Works on slots
   * (a number per document of the group) and the corpus-wide origin rank: facts with thousands of
   * sources are re-judged on every re-run that touches them, and string maps and comparators were
   * most of that time.
   */
  List<SourceCluster> clusters(List<Claim> claims) {
    Map<String, Integer> slotOf = new HashMap<>();
    List<String> docs = new ArrayList<>();
    List<String> primary = new ArrayList<>(); // the source every claim of the document quotes, else null
    Map<String, String> quoted = new HashMap<>();
    String lastDoc = null;
    int slot = -1;
    Claim lastVoice = null; // the last claim whose primary source was looked up
    String lastPrimary = null;
    for (Claim c : claims) {
      // a document's claims mostly share one attribution (the same string)
      if (lastVoice == null || c.document() != lastVoice.document() || c.attribution() != lastVoice.attribution()) {
        lastPrimary = primarySource(c);
        lastVoice = c;
      }
      String p = lastPrimary;
      if (!c.document().equals(lastDoc)) {
        lastDoc = c.document();
        Integer had = slotOf.get(lastDoc);
        if (had == null) {
          slot = docs.size();
          slotOf.put(lastDoc, slot);
          docs.add(lastDoc);
          primary.add(p);
        } else {
          slot = had;
        }
      }
      String had = primary.get(slot);
      if (had != null && !had.equals(p)) {
        primary.set(slot, null);
      }
      if (p != null) {
        quoted.merge(p, c.attribution().strip(), (x, y) -> y.length() < x.length() || (y.length() == x.length() && y.compareTo(x) < 0) ? y : x);
      }
    }
    int n = docs.size();
    UnionFind uf = new UnionFind(n);
    Map<String, Integer> firstOfRoot = new HashMap<>();
    Map<String, Integer> firstOfPrimary = new HashMap<>();
    int[] at = new int[n]; // each slot's document's place in the corpus (-1: not in it)
    for (int i = 0; i < n; i++) {
      Integer in = indexOf.get(docs.get(i));
      at[i] = in == null ? -1 : in;
      String root = in == null ? docs.get(i) : rootName[in];
      Integer j = firstOfRoot.putIfAbsent(root, i);
      if (j != null) {
        uf.union(i, j);
      }
      String p = primary.get(i);
      if (p != null) {
        Integer k = firstOfPrimary.putIfAbsent(p, i);
        if (k != null) {
          uf.union(i, k);
        }
      }
    }
    // slots in origin order: each cluster's members come out in origin order, and the clusters
    // in the order of their origins
    long[] byOrigin = new long[n];
    int[] rank = originRanks(docs, at);
    for (int i = 0; i < n; i++) {
      byOrigin[i] = (long) rank[i] << 32 | i;
    }
    java.util.Arrays.sort(byOrigin);
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    for (long r : byOrigin) {
      int i = (int) r;
      members.computeIfAbsent(uf.find(i), x -> new ArrayList<>()).add(docs.get(i));
    }
    java.util.function.Function<String, String> primaryOf = d -> primary.get(slotOf.get(d));
    List<SourceCluster> out = new ArrayList<>(members.size());
    for (List<String> m : members.values()) {
      out.add(new SourceCluster(m.get(0), m, via(m, primaryOf, quoted)));
    }
    return out;
  }

  /**
   * Each document's place in origin order (earliest published first, then smallest id; unknown
   * dates last), from the corpus-wide ranks; documents the corpus lacks come after all of it.
   */
  private int[] originRanks(List<String> docs, int[] at) {
    int[] rank = new int[docs.size()];
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < rank.length; i++) {
      rank[i] = at[i] < 0 ? -1 : originRank[at[i]];
      if (at[i] < 0) {
        unknown.add(docs.get(i));
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      for (int i = 0; i < rank.length; i++) {
        if (rank[i] < 0) {
          rank[i] = byId.size() + unknown.indexOf(docs.get(i));
        }
      }
    }
    return rank;
  }

  private String via(List<String> m, java.util.function.Function<String, String> primary, Map<String, String> quoted) {
    if (m.size() == 1) {
      return "independent";
    }
    List<String> why = new ArrayList<>();
    String root = reuseRoot.getOrDefault(m.get(0), m.get(0));
    long reused = m.stream().filter(d -> reuseRoot.getOrDefault(d, d).equals(root)).count();
    if (reused > 1) {
      double score = m.stream().skip(1).mapToDouble(this::reuseScore).max().orElse(0);
      why.add(String.format(Locale.ROOT, "text reuse %.2f with %s", score, m.get(0)));
    }
    String p = m.stream().map(primary).filter(x -> x != null).findFirst().orElse(null);
    if (p != null && m.stream().filter(d -> p.equals(primary.apply(d))).count() > 1) {
      why.add("all quote " + quoted.get(p));
    }
    return String.join("; ", why);
  }

  /** The normalised named source a claim quotes, or null when it speaks for its own outlet. */
  String primarySource(Claim c) {
    Document d = byId.get(c.document());
    Voice v = new Voice(c.attribution(), d == null ? null : d.source().value());
    // a corpus repeats few attributions and outlets: normalising each pair once saves most of the time
    String p = primaries.get(v);
    if (p == null) {
      p = QuotedSources.primarySource(v.attribution(), v.outlet());
      primaries.put(v, p == null ? NONE : p);
      return p;
    }
    return p == NONE ? null : p;
  }

  private record Voice(String attribution, String outlet) {}

  private static final String NONE = new String("");
}
