package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Factual assertions, agent - predicate - object (- recipient), from the verbs, nouns and objects
 * of rules/predicates.yaml. A verb trigger ("provided") takes the objects that follow it in its
 * clause; a noun trigger ("deliveries", "the supply of") the objects compounded with it ("military
 * deliveries"), after "of", or after a linking word ("The assistance includes drones"). One
 * assertion per distinct object. The agent is the nearest entity before the trigger (or the subject
 * of "for China to supply"), else the entity naming the object's maker ("Chinese drones"), else the
 * agent of the previous clause or sentence of the paragraph ("but continues to provide", "it is
 * only prepared to"); the recipient an entity after "to"/"for" ("with" for joint exercises), or
 * right after the verb ("provide Moscow with").
 */
final class AssertionExtractor {
  /** One assertion found in a sentence, before it becomes a claim. */
  record Found(
      PredicateRule rule,
      PredicateRule.ObjectTerm object,
      String agent,
      String recipient,
      int from,
      int to,
      int trigger,
      boolean onlyExclusion) {}

  private record Trigger(
      PredicateRule rule, boolean self, boolean noun, PredicateRule.ObjectTerm object) {}

  private static final int OBJECT_REACH = 20;
  private static final Set<String> LINKS =
      Set.of(
          "of", "includ", "include", "encompass", "compris", "such", "beyond", "involv", "consist");

  private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
  private final List<PredicateRule> rules;
  private final List<PhraseIndex<PredicateRule.ObjectTerm>> objects = new ArrayList<>();
  private final PhraseIndex<PredicateRule> blockers = new PhraseIndex<>();

  AssertionExtractor(RuleSet ruleSet) {
    rules = ruleSet.table("predicates", PredicateRule.class).rules();
    for (PredicateRule r : rules) {
      triggers.addAll(r.verbs(), new Trigger(r, false, false, null));
      triggers.addAll(r.nouns(), new Trigger(r, false, true, null));
      blockers.addAll(r.blockers(), r);
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

  /** The assertions of a sentence; {@code context} carries agents between sentences. */
  List<Found> find(SentenceView v, ParagraphContext context) {
    List<Found> out = new ArrayList<>();
    Scan scan = new Scan();
    for (PhraseIndex.Hit<Trigger> hit : triggers.findAll(v.tokens(), 0, v.tokens().size)) {
      if (hit.to() <= scan.consumed) {
        continue;
      }
      boolean noun = nounUse(v.tokens(), hit);
      List<PredicateRule> done = new ArrayList<>();
      for (Trigger tr : hit.values()) {
        if (!done.contains(tr.rule) && (tr.self || tr.noun == noun || !hasBoth(hit, tr.rule))) {
          done.add(tr.rule);
          trigger(v, context, hit, tr, scan, out);
        }
      }
    }
    return out;
  }

  /** Whether a word that is both verb and noun ("supplies", "export") is used as a noun here. */
  private static boolean nounUse(Tokens t, PhraseIndex.Hit<Trigger> h) {
    int b = h.from() - 1;
    boolean before =
        b >= 0
            && (Roles.DETERMINERS.contains(t.lower[b])
                || t.possessive[b]
                || Character.isLetter(t.raw[b].charAt(0)) && t.lower[b].endsWith("al")
                || t.lower[b].equals("of")
                || t.lower[b].equals("arms")
                || t.lower[b].equals("military"));
    return before || h.to() < t.size && t.lower[h.to()].equals("of");
  }

  private static boolean hasBoth(PhraseIndex.Hit<Trigger> h, PredicateRule rule) {
    boolean verb = false;
    boolean noun = false;
    for (Trigger tr : h.values()) {
      if (tr.rule == rule && !tr.self) {
        verb |= !tr.noun;
        noun |= tr.noun;
      }
    }
    return verb && noun;
  }

  /**
   * Whether a blocker of the rule ends right before the trigger ("strictly controlled exports").
   */
  private boolean blocked(Tokens t, int trigger, PredicateRule rule) {
    for (int s = Math.max(0, trigger - 3); s < trigger; s++) {
      PhraseIndex.Hit<PredicateRule> b = blockers.at(t, s, trigger);
      if (b != null && b.to() == trigger && b.values().contains(rule)) {
        return true;
      }
    }
    return false;
  }

  /** What the scan of one sentence remembers from trigger to trigger. */
  private static final class Scan {
    int consumed = -1;
    String clauseAgent;
    int lastClause = -1;
  }

  private void trigger(
      SentenceView v,
      ParagraphContext context,
      PhraseIndex.Hit<Trigger> h,
      Trigger tr,
      Scan scan,
      List<Found> out) {
    Tokens t = v.tokens();
    boolean passive = !tr.noun && !tr.self && h.to() < t.size && t.lower[h.to()].equals("by");
    if (passive || blocked(t, h.from(), tr.rule)) {
      return;
    }
    List<PhraseIndex.Hit<PredicateRule.ObjectTerm>> objs = objectsOf(v, h, tr, scan.consumed);
    if (objs.isEmpty()) {
      return;
    }
    int clause = v.clauses().clause[h.from()];
    String agent = Roles.infinitiveSubject(v, h.from());
    if (agent == null) {
      EntityFinder.Found owner = v.gerundOwner(h.from());
      agent = owner == null ? null : owner.name();
    }
    if (agent == null) {
      EntityFinder.Found at = v.nearestBefore(h.from(), false);
      agent = at == null ? null : at.name();
    }
    String partner = null;
    if (agent != null && tr.rule.symmetric()) {
      partner = Roles.coordinated(v, h.from(), agent);
    }
    if (agent == null
        && tr.rule.symmetric()
        && Roles.mentionsPair(t, v.clauses().clauseStart(h.from()), h.from())) {
      agent = context.pairFirst();
      partner = context.pairSecond();
    }
    if (agent == null) {
      EntityFinder.Found maker = v.modifierOf(objs.get(0).from(), 3);
      agent =
          maker != null
                  && maker.from() >= h.to()
                  && !Roles.hasLink(t, maker.to(), objs.get(0).from())
              ? maker.name()
              : null;
    }
    if (agent == null && scan.lastClause >= 0 && scan.lastClause < clause) {
      agent = scan.clauseAgent;
    }
    if (agent == null) {
      EntityFinder.Found earlier = v.nearestInSentence(h.from());
      agent = earlier != null ? earlier.name() : null;
    }
    if (agent == null) {
      EntityFinder.Found speaker = v.speakerBefore(h.from());
      agent = speaker != null ? speaker.name() : context.agent();
    }
    for (PhraseIndex.Hit<PredicateRule.ObjectTerm> o : objs) {
      String recipient =
          partner != null
              ? partner
              : Roles.recipient(v, tr.rule.symmetric(), tr.noun, h.from(), h.to(), agent);
      boolean only = Roles.onlyBefore(t, v.clauses().clauseStart(h.from()), o.from());
      out.add(
          new Found(
              tr.rule,
              o.value(),
              agent,
              recipient,
              Math.min(h.from(), o.from()),
              Math.max(h.to(), o.to()),
              h.from(),
              only));
      scan.consumed = Math.max(scan.consumed, o.to());
    }
    if (agent != null) {
      scan.clauseAgent = agent;
      scan.lastClause = clause;
      context.agent(agent);
    }
  }

  private List<PhraseIndex.Hit<PredicateRule.ObjectTerm>> objectsOf(
      SentenceView v, PhraseIndex.Hit<Trigger> h, Trigger tr, int consumed) {
    List<PhraseIndex.Hit<PredicateRule.ObjectTerm>> objs = new ArrayList<>();
    if (tr.self) {
      objs.add(new PhraseIndex.Hit<>(h.from(), h.to(), tr.object));
      return objs;
    }
    Tokens t = v.tokens();
    int clauseEnd = v.clauses().clauseEnd(h.from());
    PhraseIndex<PredicateRule.ObjectTerm> index = objects.get(rules.indexOf(tr.rule));
    int from = tr.noun ? Math.max(v.clauses().clauseStart(h.from()), h.from() - 3) : h.to();
    int to = Math.min(clauseEnd, h.to() + OBJECT_REACH);
    for (int k = h.to(); k < to && !tr.noun; k++) {
      if (t.lower[k].equals("to") || t.lower[k].equals("for")) {
        to = k;
      }
    }
    List<String> seen = new ArrayList<>();
    for (PhraseIndex.Hit<PredicateRule.ObjectTerm> o : index.findAll(t, from, to)) {
      if (o.from() < consumed) {
        continue;
      }
      boolean compound = o.from() < h.to() && o.to() >= h.from();
      boolean after = o.from() >= h.to() && (!tr.noun || linked(t, h.to(), o.from()));
      if ((compound || after) && !seen.contains(o.value().object())) {
        seen.add(o.value().object());
        objs.add(o);
      }
    }
    return objs;
  }

  private static boolean linked(Tokens t, int from, int to) {
    for (int k = from; k <= to && k < t.size; k++) {
      if (LINKS.contains(t.norm[k])) {
        return true;
      }
    }
    return false;
  }
}
