package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
  public static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::document)
          .thenComparingInt(Claim::start)
          .thenComparingInt(Claim::end)
          .thenComparing(Claim::id);

  private final FactKeys keys;
  private final ObjectClasses classes;

  public FactMatcher(RuleSet rules) {
    this.classes = new ObjectClasses(rules);
    this.keys = new FactKeys(new Tolerances(rules), classes);
  }

  public List<FactGroup> match(List<Document> documents, List<Claim> claims) {
    Map<FactKey, List<Claim>> blocks = new HashMap<>();
    Map<FactKey, List<Claim>> metricless = new HashMap<>();
    for (Claim c : claims) {
      if (FactKeys.judgeable(c)) {
        boolean loose = c.kind() == Claim.Kind.QUANTITY && c.metric() == null;
        (loose ? metricless : blocks).computeIfAbsent(keys.of(c), k -> new ArrayList<>()).add(c);
      }
    }
    MetriclessClaims.place(blocks, metricless);
    UndatedClaims.place(blocks, documents);
    UnaddressedAssertions.place(blocks);
    List<Draft> drafts = new ArrayList<>(blocks.size());
    for (Map.Entry<FactKey, List<Claim>> e : blocks.entrySet()) {
      List<Claim> block = e.getValue();
      block.sort(CLAIM_ORDER);
      List<List<Claim>> parts = ContextSplitter.split(block);
      for (List<Claim> part : parts) {
        FactKey k = parts.size() == 1 ? e.getKey() : withScope(e.getKey(), ContextSplitter.label(part));
        drafts.add(new Draft(k, part));
      }
    }
    widenAssertions(drafts, blocks);
    drafts.addAll(NearMisses.of(drafts));
    drafts.sort(Comparator.comparing((Draft d) -> d.key().text()).thenComparing(d -> d.claims().get(0), CLAIM_ORDER));
    SourceIndependence independence = new SourceIndependence(documents);
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
      out.add(new FactGroup(k, d.claims(), independence.clusters(d.claims())));
    }
    return out;
  }

  /** A group under construction. */
  record Draft(FactKey key, List<Claim> claims) {}

  /** An affirmed narrower assertion also counts for each broader class that has a fact. */
  private void widenAssertions(List<Draft> drafts, Map<FactKey, List<Claim>> blocks) {
    Map<FactKey, List<Claim>> extra = new HashMap<>();
    for (Draft d : drafts) {
      if (!"assertion".equals(d.key().dimension())) {
        continue;
      }
      for (Claim c : d.claims()) {
        if (c.polarity() != Polarity.AFFIRMED) {
          continue;
        }
        List<String> chain = classes.chain(classes.keyClass(c.assertion()));
        for (String broader : chain.subList(1, chain.size())) {
          FactKey k = new FactKey(d.key().subject(), c.assertion().predicate() + ":" + broader, null, d.key().scope(), "assertion");
          if (blocks.containsKey(k) && !deniedBySameSpeaker(blocks.get(k), c)) {
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
   * Whether the speaker of {@code c}, in the same document, denies the broader fact itself: "China
   * supplies drone engines ... Beijing had not so far sent complete weapons" (senior US officials)
   * affirms drones and denies weapons; the drones must not count as an affirmation of weapons.
   */
  private static boolean deniedBySameSpeaker(List<Claim> broader, Claim c) {
    for (Claim b : broader) {
      if (b.polarity() == Polarity.NEGATED
          && b.document().equals(c.document())
          && java.util.Objects.equals(b.attribution(), c.attribution())) {
        return true;
      }
    }
    return false;
  }

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
