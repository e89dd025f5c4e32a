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
    return Stances.affirmedAndDenied(group.claims(), speakers);
  }

  Optional<Map<String, String>> selfContradiction() {
    Optional<Map<String, String>> stance = Stances.selfContradiction(group.claims(), speakers);
    if (stance.isPresent()) {
      return stance;
    }
    Optional<Pair> worst = Optional.empty();
    for (List<Item> said : IncompatiblePairs.byVoice(items)) {
      Optional<Pair> p = IncompatiblePairs.most(said, false);
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
    if (byTime.size() < 2 || byTime.values().stream().anyMatch(s -> IncompatiblePairs.most(s, true).isPresent())) {
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
      conflict = IncompatiblePairs.most(items, true);
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
      chains.add(Listing.of(outlets, ", ") + (s.documents().size() > 1 ? " (" + s.via() + ")" : ""));
    }
    v.put("chain", Listing.of(chains, "; "));
    return v;
  }

  private String allowed(boolean hedged) {
    double r = hedged ? tolerance.hedged() : tolerance.exact();
    return r > 0
        ? "the " + Units.percent(r) + " tolerance for " + tolerance.label()
        : "the stated precision for " + tolerance.label();
  }
}
