package crosscheck.claim;

import crosscheck.ingest.Document;
import crosscheck.quantity.Quantity;
import crosscheck.quantity.QuantityExtractor;
import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import crosscheck.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Document to claims: each worth-checking number with what it is about (subject, metric, scope,
 * time), who says it and how firmly; and the factual assertions of rules/predicates.yaml. Works on
 * token windows around the numbers and trigger words, driven by the rule files; sentences with
 * neither a number nor a trigger word are only tokenised. Thread-safe: all state is per call.
 */
public final class ClaimExtractor {
  /** How many words after a number its place may stand ("civilians killed in Ukraine"). */
  private static final int PLACE_REACH = 6;

  private static final Set<String> TOTAL_WORDS = Set.of("total", "all", "overall", "entire");

  private final SentenceSplitter splitter;
  private final Function<Sentence, List<Quantity>> quantities;
  private final EntityFinder entities;
  private final MetricFinder metrics;
  private final TimeResolver times;
  private final AttributionFinder sources;
  private final CueFinder modality;
  private final CueFinder polarity;
  private final Worthiness worthiness;
  private final AssertionExtractor assertions;
  private final AssertionClaims assertionClaims;

  public ClaimExtractor(RuleSet rules) {
    this(rules, new QuantityExtractor(rules)::extract);
  }

  /**
   * With another source of quantities (tests feed known quantities; the pipeline uses the quantity
   * stage).
   */
  public ClaimExtractor(RuleSet rules, Function<Sentence, List<Quantity>> quantities) {
    this.splitter = new SentenceSplitter(rules);
    this.quantities = quantities;
    this.entities = new EntityFinder(rules);
    this.metrics = new MetricFinder(rules);
    this.times = new TimeResolver(rules);
    this.sources = new AttributionFinder(rules);
    this.modality = new CueFinder(rules, "modality", true);
    this.polarity = new CueFinder(rules, "polarity", false);
    this.worthiness = new Worthiness(rules);
    this.assertions = new AssertionExtractor(rules);
    this.assertionClaims = new AssertionClaims(modality, polarity);
  }

  /** The claims of one document, in text order. Thread-safe. */
  public List<Claim> extract(Document document) {
    String text = document.text();
    String published = document.published() == null ? null : document.published().value();
    Attributions attribution =
        new Attributions(document.source() == null ? null : document.source().value());
    ParagraphContext context = new ParagraphContext();
    List<Claim> claims = new ArrayList<>();
    Set<String> shares = new HashSet<>();
    Map<String, Integer> sentenceOf = new HashMap<>();
    List<Tokens> paragraph = new ArrayList<>();
    int previousEnd = 0;
    String lastSubject = null;
    for (Sentence s : splitter.split(text)) {
      boolean newParagraph =
          previousEnd == 0 || text.substring(previousEnd, s.start()).indexOf('\n') >= 0;
      previousEnd = s.end();
      if (newParagraph) {
        paragraph.clear();
        attribution.newParagraph();
        context.reset();
      }
      List<Quantity> qs = quantities.apply(s);
      Tokens t = Tokens.of(s.text(), s.start());
      boolean triggers = assertions.mayHold(t);
      SentenceView v = view(s, t, published, newParagraph, qs.isEmpty() && !triggers);
      int before = claims.size();
      for (Quantity q : qs) {
        Claim c =
            quantityClaim(
                document,
                v,
                q,
                attribution,
                paragraph,
                shares,
                lastSubject,
                claims.subList(before, claims.size()),
                claims);
        if (c != null) {
          claims.add(c);
          sentenceOf.put(c.id(), s.index());
        }
      }
      boolean hadAssertion = false;
      if (triggers) {
        for (AssertionExtractor.Found f : assertions.find(v, context)) {
          hadAssertion = true;
          for (Claim c : assertionClaims.of(document, v, f, attribution)) {
            claims.add(c);
            sentenceOf.put(c.id(), s.index());
          }
        }
      }
      claims.subList(before, claims.size()).sort(Comparator.comparingInt(Claim::start));
      attribution.afterSentence(v);
      context.afterSentence(v, hadAssertion);
      paragraph.add(t);
      EntityFinder.Found first = v.firstSubject();
      if (first != null) {
        lastSubject = first.name();
      }
    }
    return DerivedClaims.add(MentionMerger.merge(claims, text), shares, sentenceOf);
  }

  private SentenceView view(
      Sentence s, Tokens t, String published, boolean newParagraph, boolean light) {
    Clauses c = Clauses.of(t);
    if (light) {
      return new SentenceView(s, t, c, entities.find(t), sources.all(t), List.of(), newParagraph);
    }
    return new SentenceView(
        s, t, c, entities.find(t), sources.all(t), times.all(t, published), newParagraph);
  }

  private Claim quantityClaim(
      Document d,
      SentenceView v,
      Quantity q,
      Attributions attribution,
      List<Tokens> paragraph,
      Set<String> shares,
      String lastSubject,
      List<Claim> earlier,
      List<Claim> document) {
    Tokens t = v.tokens();
    int from = t.indexAtOrAfter(q.start());
    int to = t.indexEndingBy(q.end());
    if (from >= to) {
      return null;
    }
    MetricFinder.Found m = metrics.find(t, v.clauses(), from, to, q, paragraph);
    String metric = m == null ? null : m.metric();
    int noun = m == null ? -1 : m.noun();
    EntityFinder.Found subject = noun >= 0 ? v.modifierOf(noun, 3) : null;
    if (subject == null && noun >= 0) {
      subject = v.postModifierOf(m.nounEnd());
    }
    if (subject == null && noun < 0 && m != null && m.verbBefore() >= 0) {
      // "Governments around the world spent $2.43 trillion": the phrase right before the verb
      subject = v.modifierOf(m.verbBefore(), 0);
    }
    if (subject == null) {
      subject = v.nearestBefore(from, false);
    }
    if (subject == null) {
      subject = v.firstInClause(from);
    }
    if (subject == null && m != null && m.rule().placeIsSubject()) {
      subject = v.placeAfter(to, PLACE_REACH);
    }
    if (subject == null) {
      subject = v.firstSubject();
    }
    if (subject == null) {
      subject = v.speakerBefore(from);
    }
    if (subject == null) {
      subject = v.firstInClause(from, t.size);
    }
    String subjectName = subject != null ? subject.name() : lastSubject;
    String scope = m == null ? null : m.scope();
    if (m != null && subjectName != null && m.rule().summedFor().contains(subjectName)) {
      // "Military budgets worldwide ... $2.4 trillion": many governments' budgets summed are what
      // they spend
      metric = m.change() ? m.rule().summedAs() + "-change" : m.rule().summedAs();
    }
    Claim before = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    boolean change = q.change() != null || metrics.changeCue(t, from) != null;
    if (metric == null && change && before != null && before.metric() != null) {
      // "..., a rise of 9.5 percent": a bare change refers to the amount just stated
      metric = before.metric().endsWith("-change") ? before.metric() : before.metric() + "-change";
      subjectName = before.subject();
      scope = before.scope();
    }
    if (metric == null) {
      Claim antecedent = antecedent(document, metrics.nounMetrics(t, from, to), subjectName, q);
      if (antecedent != null) {
        // "The 120,000 troops now near the border": the document's troops measured before
        metric = antecedent.metric();
        scope = antecedent.scope();
      }
    }
    TimeResolver.Found time =
        TimeResolver.choose(timesOutside(v, from, to), v.clauses(), from, to, noun);
    CueFinder.Cue mod = modality.find(t, v.clauses(), from, to);
    CueFinder.Cue neg = polarity.find(t, v.clauses(), from);
    Quantity previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).quantity();
    WorthRule worth = worthiness.decide(q, metric, t, from, Math.min(to, from + 1), previous);
    String id = Hashes.shortId(d.sha256() + ":" + q.start() + ":" + q.end(), 16);
    if (m != null && noun > to && isTotal(t, to, noun)) {
      shares.add(id);
    }
    return new Claim(
        id,
        d.id(),
        v.sentence().text(),
        q.start(),
        q.end(),
        Claim.Kind.QUANTITY,
        subjectName,
        metric,
        time != null ? time.iso() : inherited(metric, before),
        scope,
        attribution.of(v, from),
        mod == null ? Modality.ASSERTED : modalityOf(mod.rule()),
        neg == null ? Polarity.AFFIRMED : Polarity.NEGATED,
        q,
        null,
        worth == null || worth.worthy(),
        worth == null ? null : worth.id(),
        List.of(),
        List.of());
  }

  /**
   * The latest earlier claim of the document about the same subject and dimension whose metric is
   * one that the number's own noun can name, or null.
   */
  private static Claim antecedent(
      List<Claim> document, Set<String> nounMetrics, String subject, Quantity q) {
    if (nounMetrics.isEmpty() || subject == null) {
      return null;
    }
    for (int i = document.size() - 1; i >= 0; i--) {
      Claim c = document.get(i);
      if (c.quantity() != null
          && nounMetrics.contains(c.metric())
          && subject.equals(c.subject())
          && java.util.Objects.equals(q.dimension(), c.quantity().dimension())) {
        return c;
      }
    }
    return null;
  }

  private static String inherited(String metric, Claim before) {
    return before != null && metric != null && metric.equals(before.metric() + "-change")
        ? before.time()
        : null;
  }

  private static List<TimeResolver.Found> timesOutside(SentenceView v, int from, int to) {
    return v.times().stream().filter(f -> f.to() <= from || f.from() >= to).toList();
  }

  private static boolean isTotal(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (TOTAL_WORDS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  static Modality modalityOf(CueRule rule) {
    for (Modality m : Modality.values()) {
      if (m.id().equals(rule.value())) {
        return m;
      }
    }
    throw new IllegalArgumentException(rule.id() + ": unknown modality " + rule.value());
  }
}
