package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Factual assertions, agent - predicate - object (- recipient), from the verbs, nouns and objects
 * of rules/predicates.yaml: a trigger ("provided", "deliveries", "the supply of") followed in its
 * clause by one or more of the predicate's objects gives one assertion per object. The agent is
 * the nearest entity before the trigger, else the entity naming the object's maker ("Chinese
 * drones"), else the agent of the previous clause or sentence of the paragraph ("but continues to
 * provide", "The assistance includes"); the recipient the first other entity after the trigger.
 */
final class AssertionExtractor {
  /** One assertion found in a sentence, before it becomes a claim. */
  record Found(PredicateRule rule, PredicateRule.ObjectTerm object, String agent, String recipient,
      int from, int to, int trigger, boolean onlyExclusion) {}

  private record Trigger(PredicateRule rule, boolean self, boolean noun, PredicateRule.ObjectTerm object) {}

  private static final int OBJECT_REACH = 14;
  private static final int RECIPIENT_REACH = 18;
  private static final Set<String> PAIR_WORDS = Set.of("they", "both", "two", "their", "together");

  private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
  private final List<PredicateRule> rules;
  private final List<PhraseIndex<PredicateRule.ObjectTerm>> objects = new ArrayList<>();

  AssertionExtractor(RuleSet ruleSet) {
    rules = ruleSet.table("predicates", PredicateRule.class).rules();
    for (PredicateRule r : rules) {
      triggers.addAll(r.verbs(), new Trigger(r, false, false, null));
      triggers.addAll(r.nouns(), new Trigger(r, false, true, null));
      PhraseIndex<PredicateRule.ObjectTerm> o = new PhraseIndex<>();
      for (PredicateRule.ObjectTerm term : r.objects()) {
        o.addAll(term.terms(), term);
        if (r.selfContained()) {
          triggers.addAll(term.terms(), new Trigger(r, true, false, term));
        }
      }
      objects.add(o);
    }
  }

  /** Whether the sentence holds any trigger word at all: most sentences do not. */
  boolean mayHold(Tokens t) {
    return triggers.any(t, 0, t.size);
  }

  /**
   * The assertions of a sentence.
   *
   * @param context the agent and the two last entities of earlier sentences of the paragraph
   */
  List<Found> find(SentenceView v, Context context) {
    Tokens t = v.tokens();
    List<Found> out = new ArrayList<>();
    String clauseAgent = null;
    int lastClause = -1;
    int consumed = -1;
    for (PhraseIndex.Hit<Trigger> hit : triggers.findAll(t, 0, t.size)) {
     if (hit.to() <= consumed) {
       continue;
     }
     List<PredicateRule> done = new ArrayList<>();
     for (Trigger tr : hit.values()) {
      if (done.contains(tr.rule)) {
        continue;
      }
      done.add(tr.rule);
      PhraseIndex.Hit<Trigger> h = hit;
      int clauseEnd = v.clauses().clauseEnd(h.from());
      List<PhraseIndex.Hit<PredicateRule.ObjectTerm>> objs = new ArrayList<>();
      if (tr.self) {
        objs.add(new PhraseIndex.Hit<>(h.from(), h.to(), tr.object));
      } else {
        PhraseIndex<PredicateRule.ObjectTerm> index = objects.get(rules.indexOf(tr.rule));
        int from = tr.noun ? Math.max(v.clauses().clauseStart(h.from()), h.from() - 3) : h.to();
        for (PhraseIndex.Hit<PredicateRule.ObjectTerm> o :
            index.findAll(t, from, Math.min(clauseEnd, h.to() + OBJECT_REACH))) {
          if (o.from() >= h.to() || o.to() >= h.to()) {
            objs.add(o);
          }
        }
      }
      if (objs.isEmpty()) {
        continue;
      }
      int clause = v.clauses().clause[h.from()];
      EntityFinder.Found agentAt = v.nearestBefore(h.from(), false);
      String agent = agentAt == null ? null : agentAt.name();
      String partner = null;
      if (agent == null && tr.rule.symmetric() && mentionsPair(t, v.clauses().clauseStart(h.from()), h.from())) {
        agent = context.pairFirst();
        partner = context.pairSecond();
      }
      if (agent == null) {
        EntityFinder.Found maker = v.modifierOf(objs.get(0).from(), 3);
        agent = maker != null && maker.from() >= h.to() ? maker.name() : null;
      }
      if (agent == null) {
        agent = lastClause >= 0 && lastClause < clause && clauseAgent != null ? clauseAgent : context.agent();
      }
      for (PhraseIndex.Hit<PredicateRule.ObjectTerm> o : objs) {
        String recipient = partner != null ? partner : recipient(v, tr.rule, h.to(), agent, o);
        boolean only = onlyBefore(t, v.clauses().clauseStart(h.from()), o.from());
        int from = Math.min(h.from(), o.from());
        int to = Math.max(h.to(), o.to());
        out.add(new Found(tr.rule, o.value(), agent, recipient, from, to, h.from(), only));
        consumed = Math.max(consumed, o.to());
      }
      if (agent != null) {
        clauseAgent = agent;
        lastClause = clause;
        context.agent(agent);
      }
     }
    }
    return out;
  }

  private static String recipient(SentenceView v, PredicateRule rule, int after, String agent,
      PhraseIndex.Hit<PredicateRule.ObjectTerm> object) {
    Tokens t = v.tokens();
    int end = Math.min(v.clauses().clauseEnd(after - 1), after + RECIPIENT_REACH);
    for (EntityFinder.Found f : v.entities()) {
      if (f.from() < after || f.from() >= end || f.weak() || f.name().equals(agent)) {
        continue;
      }
      if (rule.symmetric()) {
        boolean with = f.from() > 0 && (t.lower[f.from() - 1].equals("with")
            || f.from() > 1 && t.lower[f.from() - 2].equals("with"));
        if (!with) {
          continue;
        }
      }
      return f.name();
    }
    return null;
  }

  private static boolean mentionsPair(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (PAIR_WORDS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyBefore(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.lower[k].equals("only") && !(k > 0 && t.lower[k - 1].equals("not"))) {
        return true;
      }
    }
    return false;
  }

  /** What earlier sentences of the paragraph leave for later ones. Not thread-safe. */
  static final class Context {
    private String agent;
    private String pairFirst;
    private String pairSecond;

    String agent() {
      return agent;
    }

    void agent(String a) {
      agent = a;
    }

    String pairFirst() {
      return pairFirst;
    }

    String pairSecond() {
      return pairSecond;
    }

    /** Remembers the agent-like entities of a sentence for "they" and "the two nations". */
    void afterSentence(SentenceView v, boolean hadAssertion) {
      List<String> distinct = new ArrayList<>();
      for (EntityFinder.Found f : v.entities()) {
        if (!f.weak() && !v.inSource(f.from()) && !distinct.contains(f.name())) {
          distinct.add(f.name());
        }
      }
      if (distinct.size() >= 2) {
        pairFirst = distinct.get(0);
        pairSecond = distinct.get(1);
      }
      EntityFinder.Found first = v.firstSubject();
      if (!hadAssertion && first != null) {
        agent = first.name();
      }
    }

    void reset() {
      agent = null;
      pairFirst = null;
      pairSecond = null;
    }
  }
}
