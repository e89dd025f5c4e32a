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
import java.util.TreeMap;

/**
 * Which documents count as one independent source for a fact: those that reuse one text
 * (found once per corpus by {@link TextReuse}) and those whose claims on the fact all quote one
 * named primary source ("according to the Kyiv Post"). A document quoting itself or its own
 * outlet, or an unnamed source ("analysts"), stays independent.
 */
final class SourceIndependence {
  private final Map<String, Document> byId = new HashMap<>();
  private final Map<String, String> reuseRoot = new HashMap<>();
  private final Map<String, Double> reuseScore = new HashMap<>();
  private final Map<Voice, String> primaries = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param signatures each document's {@link MinHash} signature (null for too short a text) */
  SourceIndependence(List<Document> documents, List<long[]> signatures) {
    UnionFind uf = new UnionFind(documents.size());
    for (TextReuse.Link l : TextReuse.bySignature(signatures)) {
      uf.union(l.a(), l.b());
      reuseScore.merge(documents.get(l.a()).id(), l.similarity(), Math::max);
      reuseScore.merge(documents.get(l.b()).id(), l.similarity(), Math::max);
    }
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      byId.put(d.id(), d);
      reuseRoot.put(d.id(), documents.get(uf.find(i)).id());
    }
  }

  String reuseRoot(String documentId) {
    return reuseRoot.getOrDefault(documentId, documentId);
  }

  double reuseScore(String documentId) {
    return reuseScore.getOrDefault(documentId, 0.0);
  }

  /** The independent clusters of the documents behind these claims, origin order. */
  List<SourceCluster> clusters(List<Claim> claims) {
    Map<String, String> primary = new TreeMap<>();
    Map<String, String> quoted = new HashMap<>();
    for (Claim c : claims) {
      String p = primarySource(c);
      String had = primary.get(c.document());
      if (!primary.containsKey(c.document())) {
        primary.put(c.document(), p);
      } else if (had != null && !had.equals(p)) {
        primary.put(c.document(), null);
      }
      if (p != null) {
        quoted.merge(p, c.attribution().strip(), (x, y) -> y.length() < x.length() || (y.length() == x.length() && y.compareTo(x) < 0) ? y : x);
      }
    }
    List<String> docs = new ArrayList<>(primary.keySet());
    UnionFind uf = new UnionFind(docs.size());
    Map<String, Integer> firstOfRoot = new HashMap<>();
    Map<String, Integer> firstOfPrimary = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String root = reuseRoot.getOrDefault(docs.get(i), docs.get(i));
      Integer j = firstOfRoot.putIfAbsent(root, i);
      if (j != null) {
        uf.union(i, j);
      }
      String p = primary.get(docs.get(i));
      if (p != null) {
        Integer k = firstOfPrimary.putIfAbsent(p, i);
        if (k != null) {
          uf.union(i, k);
        }
      }
    }
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      members.computeIfAbsent(uf.find(i), x -> new ArrayList<>()).add(docs.get(i));
    }
    List<SourceCluster> out = new ArrayList<>();
    for (List<String> m : members.values()) {
      m.sort(originFirst());
      out.add(new SourceCluster(m.get(0), m, via(m, primary, quoted)));
    }
    out.sort(Comparator.comparing(SourceCluster::origin, originFirst()));
    return out;
  }

  private String via(List<String> m, Map<String, String> primary, Map<String, String> quoted) {
    if (m.size() == 1) {
      return "independent";
    }
    List<String> why = new ArrayList<>();
    String root = reuseRoot.getOrDefault(m.get(0), m.get(0));
    long reused = m.stream().filter(d -> reuseRoot.getOrDefault(d, d).equals(root)).count();
    if (reused > 1) {
      double score = m.stream().skip(1).mapToDouble(d -> reuseScore.getOrDefault(d, 0.0)).max().orElse(0);
      why.add(String.format(Locale.ROOT, "text reuse %.2f with %s", score, m.get(0)));
    }
    String p = m.stream().map(primary::get).filter(x -> x != null).findFirst().orElse(null);
    if (p != null && m.stream().filter(d -> p.equals(primary.get(d))).count() > 1) {
      why.add("all quote " + quoted.get(p));
    }
    return String.join("; ", why);
  }

  /** Earliest published first, then smallest id; unknown dates last. */
  private Comparator<String> originFirst() {
    return Comparator.comparing(
            (String id) -> published(id), Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(Comparator.naturalOrder());
  }

  private String published(String id) {
    Document d = byId.get(id);
    return d == null ? null : d.published().value();
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
