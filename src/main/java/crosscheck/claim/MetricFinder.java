package crosscheck.claim;

import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a number measures, from the nouns and verbs of rules/metrics.yaml around it: the nouns in
 * and just after the number ("600 military personnel", "90 percent of its heavy armour") weigh
 * most, nouns and verbs before it in its clause ("defence spending grew by", "lost an estimated")
 * less with distance. A number right after a change cue ("grew by", "increase of") is a change and
 * gets the metric id {@code <metric>-change}.
 */
final class MetricFinder {
  /**
   * The metric found, the deciding rule, the tokens of its noun ({@code noun..nounEnd}, -1 when
   * none), its scope, whether it is a change, and the token of its nearest verb before the number
   * (-1 when none).
   */
  record Found(
      String metric,
      MetricRule rule,
      int noun,
      int nounEnd,
      String scope,
      boolean change,
      int verbBefore) {}

  private record Term(MetricRule rule, boolean verb, boolean scope, String text) {}

  private static final int AFTER = 6;
  private static final int BEFORE = 16;
  private static final Set<String> STOPS = Set.of(",", ";", ":", ".", "(", ")", "\u2014", "\u2013");
  private static final Set<String> ANAPHORS = Set.of("these", "those", "such", "this", "that");

  private final List<MetricRule> metrics = new ArrayList<>();
  private final PhraseIndex<Term> terms = new PhraseIndex<>();
  private final PhraseIndex<MetricRule> changeCues = new PhraseIndex<>();

  MetricFinder(RuleSet rules) {
    for (MetricRule r : rules.table("metrics", MetricRule.class).rules()) {
      if (r.isChange()) {
        changeCues.addAll(r.verbs(), r);
        continue;
      }
      metrics.add(r);
      r.nouns().forEach(n -> terms.add(n, new Term(r, false, false, n)));
      r.verbs().forEach(v -> terms.add(v, new Term(r, true, false, v)));
      r.scopes().forEach(s -> terms.add(s, new Term(r, false, true, s)));
    }
  }

  /**
   * The metric of the quantity at tokens {@code from..to} of the sentence, or null.
   *
   * @param earlier tokens of earlier sentences of the paragraph, for "these goods"
   */
  Found find(Tokens t, Clauses c, int from, int to, Quantity q, List<Tokens> earlier) {
    int lo = Math.max(c.clauseStart(from), from - BEFORE);
    int hi = Math.min(c.clauseEnd(Math.max(from, to - 1)), to + AFTER);
    for (int k = to; k < hi; k++) {
      if (STOPS.contains(t.raw[k])) {
        hi = k;
      }
    }
    List<PhraseIndex.Hit<Term>> hits = terms.findAll(t, lo, hi);
    MetricRule best = null;
    double bestScore = 0;
    Score bestSc = null;
    for (MetricRule r : metrics) {
      if (q != null && !r.dimensions().isEmpty() && !r.dimensions().contains(q.dimension())) {
        continue;
      }
      Score sc = score(hits, r, from, to);
      double score = sc.score;
      if (r.needsVerb() && !sc.verb || score <= 0) {
        continue;
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
        bestSc = sc;
      }
    }
    if (best == null) {
      return null;
    }
    boolean change = q != null && q.change() != null || changeCueBefore(t, from);
    String scope = scope(hits, best, to);
    if (scope == null && hasAnaphor(t, lo, hi)) {
      scope = earlierScope(earlier, best);
    }
    return new Found(
        change ? best.metric() + "-change" : best.metric(),
        best,
        bestSc.noun,
        bestSc.nounEnd,
        scope,
        change,
        bestSc.verbBefore);
  }

  private record Score(double score, boolean verb, int noun, int nounEnd, int verbBefore) {}

  /** How well rule {@code r}'s nouns and verbs around the number at {@code from..to} fit. */
  private static Score score(List<PhraseIndex.Hit<Term>> hits, MetricRule r, int from, int to) {
    double score = 0;
    boolean verb = false;
    int noun = -1;
    int nounEnd = -1;
    int verbBefore = -1;
    double nounScore = 0;
    for (PhraseIndex.Hit<Term> h : hits) {
      for (Term term : h.values()) {
        if (term.rule != r || term.scope) {
          continue;
        }
        boolean inside = h.from() >= from && h.to() <= to;
        boolean after = h.from() >= from;
        int dist = after ? Math.max(0, h.from() - to) : from - h.to();
        if (term.verb) {
          verb = true;
          if (!after) {
            verbBefore = Math.max(verbBefore, h.from());
          }
          score += after ? 1.5 - dist * 0.1 : 2.0 - dist * 0.05;
        } else {
          double s = inside ? 3.5 : after ? 3.0 - dist * 0.1 : 2.0 - dist * 0.08;
          if (s > nounScore) {
            nounScore = s;
            noun = h.from();
            nounEnd = h.to();
          }
        }
      }
    }
    return new Score(score + nounScore, verb, noun, nounEnd, verbBefore);
  }

  /**
   * The metrics whose nouns stand in or right after the number at tokens {@code from..to} ("The
   * 120,000 troops"), verbs or not: what the number may refer back to.
   */
  Set<String> nounMetrics(Tokens t, int from, int to) {
    Set<String> out = new java.util.HashSet<>();
    for (PhraseIndex.Hit<Term> h : terms.findAll(t, from, Math.min(t.size, to + 2))) {
      for (Term term : h.values()) {
        if (!term.verb && !term.scope && h.from() >= from && h.from() <= to) {
          out.add(term.rule.metric());
        }
      }
    }
    return out;
  }

  /** The change cue ending right before the number (at most one word between), or null. */
  MetricRule changeCue(Tokens t, int from) {
    for (int s = Math.max(0, from - 4); s < from; s++) {
      PhraseIndex.Hit<MetricRule> h = changeCues.at(t, s, from);
      if (h != null && h.to() == from) {
        return h.value();
      }
    }
    return null;
  }

  private boolean changeCueBefore(Tokens t, int from) {
    return changeCue(t, from) != null;
  }

  /** The rule's scope nearest after the number (its own noun phrase), else nearest before it. */
  private static String scope(List<PhraseIndex.Hit<Term>> hits, MetricRule r, int to) {
    String before = null;
    for (PhraseIndex.Hit<Term> h : hits) {
      Term term = termOf(h, r, true);
      if (term != null && h.from() >= to) {
        return term.text;
      }
      if (term != null) {
        before = term.text;
      }
    }
    return before;
  }

  private static Term termOf(PhraseIndex.Hit<Term> h, MetricRule r, boolean scope) {
    for (Term term : h.values()) {
      if (term.rule == r && term.scope == scope) {
        return term;
      }
    }
    return null;
  }

  private static boolean hasAnaphor(Tokens t, int lo, int hi) {
    for (int k = lo; k < hi; k++) {
      if (ANAPHORS.contains(t.lower[k]) && k + 1 < hi && !t.isPunct(k + 1)) {
        return true;
      }
    }
    return false;
  }

  private String earlierScope(List<Tokens> earlier, MetricRule r) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Tokens e = earlier.get(i);
      String s = scope(terms.findAll(e, 0, e.size), r, e.size);
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
