package crosscheck.verdict;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.match.FactGroup;
import crosscheck.match.FactKeys;
import crosscheck.match.SourceCluster;
import crosscheck.match.ToleranceRule;
import crosscheck.match.Tolerances;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one fact group shows, computed on demand for the verdict conditions, and the values they
 * put into reason templates. All searches are linear in the group: the most incompatible pair is
 * sought among the claims with the highest lower ends and the lowest upper ends (on a line, a set
 * of intervals is pairwise compatible exactly when the highest low is below the lowest high).
 */
final class Evidence {
  static final Set<String> PLACEHOLDERS = Set.of(
      "a", "aSource", "b", "bSource", "gap", "allowed", "label", "units", "note", "doc", "detail",
      "earlier", "later", "ratio", "slip", "for", "against", "outlets", "independent", "chain", "agreed");

  record Item(Claim claim, Interval interval, String speaker) {}

  record Pair(Item a, Item b) {
    boolean oneSided() {
      return a.interval().oneSided() || b.interval().oneSided();
    }

    double gap() {
      return a.interval().gap(b.interval());
    }
  }

  private static final Comparator<Item> TEXT_ORDER =
      Comparator.comparing((Item i) -> i.claim().document()).thenComparingInt(i -> i.claim().start());

  private final FactGroup group;
  private final Speakers speakers;
  private final ToleranceRule tolerance;
  private final List<Item> items = new ArrayList<>();
  private Optional<Pair> conflict;

  Evidence(FactGroup group, Map<String, Document> documents, Tolerances tolerances) {
    this.group = group;
    this.speakers = new Speakers(documents);
    Claim first = group.claims().get(0);
    this.tolerance = first.quantity() == null
        ? null : tolerances.of(first.metric(), first.quantity().dimension());
    for (Claim c : group.claims()) {
      if (c.quantity() != null) {
        items.add(new Item(c, Interval.of(c, tolerance), speakers.key(c)));
      }
    }
  }

  Optional<Map<String, String>> mixedUnits() {
    Map<String, Item> byDimension = new TreeMap<>();
    items.forEach(i -> byDimension.putIfAbsent(FactKeys.dimension(i.claim().quantity()), i));
    if (byDimension.size() < 2) {
      return Optional.empty();
    }
    List<String> dims = new ArrayList<>(byDimension.keySet());
    Map<String, String> v = values(new Pair(byDimension.get(dims.get(0)), byDimension.get(dims.get(1))));
    v.put("units", Units.describe(dims.get(0), dims.get(1)));
    v.put("note", Units.note(dims.get(0), dims.get(1)));
    return Optional.of(v);
  }

  Optional<Map<String, String>> affirmedAndDenied() {
    Map<String, String> pro = new LinkedHashMap<>();
    Map<String, String> con = new LinkedHashMap<>();
    for (Claim c : group.claims()) {
      if (c.assertion() != null) {
        (c.polarity() == Polarity.NEGATED ? con : pro).putIfAbsent(speakers.key(c), speakers.label(c));
      }
    }
    if (pro.isEmpty() || con.isEmpty() || (pro.size() == 1 && pro.keySet().equals(con.keySet()))) {
      return Optional.empty();
    }
    return Optional.of(Map.of("for", String.join("; ", pro.values()), "against", String.join("; ", con.values())));
  }

  Optional<Map<String, String>> selfContradiction() {
    Map<String, List<Claim>> bySpeaker = new TreeMap<>();
    group.claims().forEach(c -> bySpeaker.computeIfAbsent(speakers.key(c), k -> new ArrayList<>()).add(c));
    for (List<Claim> said : bySpeaker.values()) {
      // one sentence read as both affirming and denying is a parse, not a contradiction
      for (Claim yes : said) {
        if (yes.assertion() == null || yes.polarity() != Polarity.AFFIRMED) {
          continue;
        }
        for (Claim no : said) {
          if (no.assertion() != null && no.polarity() == Polarity.NEGATED && !no.sentence().equals(yes.sentence())) {
            return Optional.of(Map.of("doc", speakers.outlet(yes.document()), "a", "\"" + yes.sentence() + "\"",
                "b", "\"" + no.sentence() + "\"", "detail", ""));
          }
        }
      }
    }
    Optional<Pair> worst = Optional.empty();
    for (List<Item> said : sameVoice()) {
      Optional<Pair> p = extremes(said, false);
      if (p.isPresent() && (worst.isEmpty() || p.get().gap() > worst.get().gap())) {
        worst = p;
      }
    }
    return worst.map(p -> {
      Map<String, String> v = values(p);
      v.put("doc", speakers.outlet(p.a().claim().document()));
      v.put("detail", ": " + v.get("gap") + " apart, over " + v.get("allowed"));
      return v;
    });
  }

  /**
   * The value sets one document stands behind together: each quoted source's values with the
   * document's own, or its own alone. A document quoting two sources that differ reports a
   * conflict; its own voice differing from what it prints is a contradiction of its own.
   */
  private List<List<Item>> sameVoice() {
    Map<String, Map<String, List<Item>>> byDocument = new TreeMap<>();
    for (Item i : items) {
      byDocument.computeIfAbsent(i.claim().document(), k -> new TreeMap<>())
          .computeIfAbsent(i.speaker(), k -> new ArrayList<>()).add(i);
    }
    List<List<Item>> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Item>>> d : byDocument.entrySet()) {
      List<Item> own = d.getValue().getOrDefault(d.getKey() + Speakers.OWN, List.of());
      out.add(own);
      d.getValue().forEach((speaker, said) -> {
        if (!said.equals(own)) {
          List<Item> both = new ArrayList<>(own);
          both.addAll(said);
          out.add(both);
        }
      });
    }
    return out;
  }

  Optional<Map<String, String>> laterChange(boolean higher) {
    if (tolerance == null || !tolerance.cumulative()) {
      return Optional.empty();
    }
    TreeMap<String, List<Item>> byTime = new TreeMap<>();
    for (Item i : items) {
      String t = speakers.referenceTime(i.claim());
      if (t == null) {
        return Optional.empty();
      }
      byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
    }
    if (byTime.size() < 2 || byTime.values().stream().anyMatch(s -> extremes(s, true).isPresent())) {
      return Optional.empty();
    }
    Item early = byTime.firstEntry().getValue().get(0);
    Item late = byTime.lastEntry().getValue().get(0);
    if (early.interval().compatible(late.interval())
        || (late.interval().value() > early.interval().value()) != higher) {
      return Optional.empty();
    }
    Map<String, String> v = values(new Pair(early, late));
    v.put("earlier", v.get("a") + " (" + v.get("aSource") + ", " + byTime.firstKey() + ")");
    v.put("later", v.get("b") + " (" + v.get("bSource") + ", " + byTime.lastKey() + ")");
    return Optional.of(v);
  }

  /** The most incompatible pair of values from different speakers, if any. */
  Optional<Pair> conflict() {
    if (conflict == null) {
      conflict = extremes(items, true);
    }
    return conflict;
  }

  Optional<Map<String, String>> scaleSlip(Pair p) {
    return Units.slip(p.a().claim().quantity(), p.b().claim().quantity()).map(slip -> {
      Map<String, String> v = values(p);
      v.put("slip", slip);
      double lo = Math.min(Math.abs(p.a().interval().value()), Math.abs(p.b().interval().value()));
      double hi = Math.max(Math.abs(p.a().interval().value()), Math.abs(p.b().interval().value()));
      v.put("ratio", lo == 0 ? "far" : Units.times(hi / lo));
      return v;
    });
  }

  Optional<Map<String, String>> singleSource() {
    if (group.sources().size() != 1) {
      return Optional.empty();
    }
    Map<String, String> v = sourceValues();
    return Optional.of(v);
  }

  Map<String, String> agreement() {
    Map<String, String> v = sourceValues();
    if (items.isEmpty()) {
      boolean denied = group.claims().stream().allMatch(c -> c.polarity() == Polarity.NEGATED);
      v.put("agreed", denied ? "all deny it" : "all affirm it");
    } else {
      Set<String> surfaces = new LinkedHashSet<>();
      items.stream().sorted(Comparator.comparingDouble(i -> i.interval().value()))
          .forEach(i -> surfaces.add(i.claim().quantity().surface()));
      List<String> shown = surfaces.stream().limit(4).toList();
      v.put("agreed", String.join(", ", shown) + (surfaces.size() > 4 ? " and others" : "")
          + " are within " + allowed(items.stream().anyMatch(i -> i.interval().hedged())));
    }
    return v;
  }

  Map<String, String> values(Pair p) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("a", stated(p.a().claim()));
    v.put("aSource", speakers.label(p.a().claim()));
    v.put("b", stated(p.b().claim()));
    v.put("bSource", speakers.label(p.b().claim()));
    v.put("gap", Units.percent(p.gap()));
    v.put("allowed", allowed(p.a().interval().hedged() || p.b().interval().hedged()));
    v.put("label", tolerance.label());
    return v;
  }

  /** The value as written; a value computed from other claims ("one third of exports") says so. */
  private static String stated(Claim c) {
    return c.quantity().surface() + (c.derivedFrom().isEmpty() ? "" : " (computed from its parts)");
  }

  private Map<String, String> sourceValues() {
    Map<String, String> v = new LinkedHashMap<>();
    int docs = (int) group.claims().stream().map(Claim::document).distinct().count();
    int independent = group.sources().size();
    v.put("outlets", docs + (docs == 1 ? " outlet" : " outlets"));
    v.put("independent", independent + (independent == 1 ? " independent source" : " independent sources"));
    List<String> chains = new ArrayList<>();
    for (SourceCluster s : group.sources()) {
      List<String> outlets = s.documents().stream().map(speakers::outlet).distinct().toList();
      chains.add(String.join(", ", outlets) + (s.documents().size() > 1 ? " (" + s.via() + ")" : ""));
    }
    v.put("chain", String.join("; ", chains));
    return v;
  }

  private String allowed(boolean hedged) {
    double r = hedged ? tolerance.hedged() : tolerance.exact();
    return r > 0
        ? "the " + Units.percent(r) + " tolerance for " + tolerance.label()
        : "the stated precision for " + tolerance.label();
  }

  /**
   * The incompatible pair with the largest gap among the two highest lows and two lowest highs;
   * across speakers when {@code acrossSpeakers}, else within the given (one speaker's) items.
   */
  private static Optional<Pair> extremes(List<Item> in, boolean acrossSpeakers) {
    if (in.size() < 2) {
      return Optional.empty();
    }
    List<Item> highLows = top2(in, Comparator.comparingDouble((Item i) -> i.interval().low()).reversed());
    List<Item> lowHighs = top2(in, Comparator.comparingDouble((Item i) -> i.interval().high()));
    Pair best = null;
    for (Item a : highLows) {
      for (Item b : lowHighs) {
        if (a != b && (!acrossSpeakers || !a.speaker().equals(b.speaker()))
            && !a.interval().compatible(b.interval())) {
          Pair p = TEXT_ORDER.compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
          if (best == null || p.gap() > best.gap()) {
            best = p;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first two items in this order (stable: earlier claims win ties). */
  private static List<Item> top2(List<Item> in, Comparator<Item> order) {
    Item first = null;
    Item second = null;
    for (Item i : in) {
      if (first == null || order.compare(i, first) < 0) {
        second = first;
        first = i;
      } else if (second == null || order.compare(i, second) < 0) {
        second = i;
      }
    }
    return second == null ? List.of(first) : List.of(first, second);
  }
}
