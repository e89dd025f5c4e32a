package crosscheck.claim;

import crosscheck.ingest.Document;
import crosscheck.ruleset.Hashes;
import java.util.List;

/**
 * An assertion found in a sentence as claims: the claim itself, with its time, modality, polarity
 * and attribution, and for "only <object>" ("only non-lethal aid") a derived negated claim on the
 * class the object rules out ("weapons"), linked to it by {@code derivedFrom}.
 */
final class AssertionClaims {
  private final CueFinder modality;
  private final CueFinder polarity;

  AssertionClaims(CueFinder modality, CueFinder polarity) {
    this.modality = modality;
    this.polarity = polarity;
  }

  List<Claim> of(Document d, SentenceView v, AssertionExtractor.Found f, Attributions attribution) {
    Tokens t = v.tokens();
    int start = t.start[f.from()];
    int end = t.end[f.to() - 1];
    String agent = f.agent();
    String recipient = f.recipient();
    if (f.rule().symmetric()
        && agent != null
        && recipient != null
        && agent.compareTo(recipient) > 0) {
      String x = agent;
      agent = recipient;
      recipient = x;
    }
    Assertion a =
        new Assertion(
            agent, f.rule().predicate(), f.object().object(), f.object().objectClass(), recipient);
    TimeResolver.Found time = TimeResolver.choose(v.times(), v.clauses(), f.from(), f.to(), -1);
    CueFinder.Cue mod = modality.find(t, v.clauses(), f.trigger());
    CueFinder.Cue neg = polarity.find(t, v.clauses(), f.trigger());
    String who = attribution.of(v, f.trigger());
    Modality modal = mod == null ? Modality.ASSERTED : ClaimExtractor.modalityOf(mod.rule());
    Polarity pol = neg == null ? Polarity.AFFIRMED : Polarity.NEGATED;
    String id = Hashes.shortId(d.sha256() + ":" + start + ":" + end, 16);
    String iso = time == null ? null : time.iso();
    Claim claim = claim(id, d, v, start, end, agent, iso, who, modal, pol, a, List.of());
    String excluded = f.object().onlyExcludes();
    if (!f.onlyExclusion() || excluded == null || pol == Polarity.NEGATED) {
      return List.of(claim);
    }
    // "only non-lethal aid" also denies the class it excludes
    Assertion not = new Assertion(agent, f.rule().predicate(), excluded, excluded, recipient);
    Claim implied =
        claim(Hashes.shortId(id + ":only", 16), d, v, start, end, agent, iso, who, modal,
            Polarity.NEGATED, not, List.of(id));
    return List.of(claim, implied);
  }

  private static Claim claim(String id, Document d, SentenceView v, int start, int end,
      String agent, String iso, String who, Modality modal, Polarity pol, Assertion a,
      List<String> derivedFrom) {
    return new Claim(id, d.id(), v.sentence().text(), start, end, Claim.Kind.ASSERTION, agent,
        null, iso, null, who, modal, pol, null, a, true, null, List.of(), derivedFrom);
  }
}
