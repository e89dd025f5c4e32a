package crosscheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.match.Corpus;
import crosscheck.match.FactMatcher;
import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
  private static final RuleSet RULES = RuleSet.bundled();

  private static List<Fact> judge(Corpus corpus) {
    return new Judge(RULES).judge(corpus.documents(), new FactMatcher(RULES).match(corpus.documents(), corpus.claims()));
  }

  private static Fact main(String example) {
    return VerdictRuleExamples.mainFact(RULES, example);
  }

  @Test
  void conflictReasonNamesBothValuesSourcesGapAndTolerance() {
    Fact f = main("personnel-lost: 200,000 ; outlet=Reuters | 120,000 ; outlet=AP");
    assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(f.rule()).isEqualTo("CONFLICT");
    assertThat(f.reason()).isEqualTo("200,000 (Reuters) vs 120,000 (AP): 40% apart, over the 10% tolerance for casualty estimates.");
  }

  @Test
  void exactMoneyConflictSaysStatedPrecisionDecided() {
    Fact f = main("defence-budget: $118.4 billion ; outlet=Reuters | $112 billion ; outlet=AP");
    assertThat(f.reason()).isEqualTo(
        "$118.4 billion (Reuters) vs $112 billion (AP): 5.4% apart, over the stated precision for money amounts.");
  }

  @Test
  void attributedValueNamesThePrimarySourceAndTheOutlet() {
    Fact f = main("defence-budget: $118.4 billion ; outlet=Reuters ; by=the Finance Ministry | $112 billion ; outlet=AP");
    assertThat(f.reason()).startsWith("$118.4 billion (the Finance Ministry via Reuters) vs $112 billion (AP)");
  }

  @Test
  void scaleSlipIsFlaggedInTheReason() {
    Fact f = main("exports: $300 million | $300 billion");
    assertThat(f.rule()).isEqualTo("SCALE_SLIP");
    assertThat(f.reason()).contains("1,000x apart").contains("million vs billion");
  }

  @Test
  void percentAgainstPercentagePointsIsNotComparableWithASlipNote() {
    Fact f = main("interest-rate: rose by 2% | rose by 2 pp");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
    assertThat(f.reason()).contains("percent").contains("percentage points").contains("unit slip");
  }

  @Test
  void disputedSaysWhoAffirmsAndWhoDenies() {
    Fact f = main("affirm supply drones ; by=senior US officials ; outlet=Politico"
        + " | deny supply weapons ; by=Guo Jiakun ; outlet=Epoch Times");
    assertThat(f.verdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(f.reason()).isEqualTo("Affirmed by senior US officials via Politico; denied by Guo Jiakun via Epoch Times.");
  }

  @Test
  void aDisputeWithManySpeakersNamesTheFirstEightAndCountsTheOthers() {
    StringBuilder example = new StringBuilder();
    for (int i = 1; i <= 11; i++) {
      example.append("affirm supply drones ; outlet=Outlet ").append(i).append(" | ");
    }
    example.append("deny supply weapons ; by=Guo Jiakun ; outlet=Epoch Times");
    Fact f = main(example.toString());
    assertThat(f.verdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(f.reason()).startsWith("Affirmed by Outlet ")
        .endsWith(" and 3 more; denied by Guo Jiakun via Epoch Times.");
    assertThat(f.reason().split("Outlet ", -1)).as("outlets named").hasSize(1 + 8);
  }

  @Test
  void laterHigherCumulativeCountIsAnUpdateNotAConflict() {
    Fact f = main("killed: 7,000 ; time=2024-01 ; outlet=AP | 9,500 ; time=2024-06 ; outlet=BBC");
    assertThat(f.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(f.reason()).isEqualTo("9,500 (BBC, 2024-06) is a later count than 7,000 (AP, 2024-01): 26% higher, an update rather than a conflict.");
  }

  @Test
  void copiesOfOneArticleAreOneIndependentSource() {
    Fact f = main("personnel-sent: 600 military personnel ; doc=A ; outlet=Kyiv Post"
        + " | 600 military personnel ; doc=B ; copy=A ; outlet=Yahoo News"
        + " | 600 military personnel ; doc=C ; copy=A ; outlet=MSN");
    assertThat(f.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(f.sources()).isEqualTo(3);
    assertThat(f.independentSources()).isEqualTo(1);
    assertThat(f.chains()).singleElement().satisfies(c -> {
      assertThat(c.documents()).containsExactly("A", "B", "C");
      assertThat(c.via()).startsWith("text reuse");
    });
    assertThat(f.reason()).startsWith("3 outlets, 1 independent source: Kyiv Post, Yahoo News, MSN (text reuse");
  }

  @Test
  void agreementReasonCountsIndependentSources() {
    Fact f = main("defence-budget: $1.9 trillion | $1.93 trillion | about $1.9 trillion");
    assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(f.reason()).startsWith("3 outlets and 3 independent sources agree: $1.9 trillion");
  }

  @Test
  void aUserToleranceFileChangesTheVerdict(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("tolerances.yaml"), """
        rules:
          - id: MONEY
            description: Budget estimates from think tanks differ by method; allow 10%.
            label: budget estimates
            dimensions: [currency]
            hedged: 0.10
            exact: 0.10
            rounding: 0.05
            cumulative: false
            examples:
              - {text: "defence-budget: $118.4 billion | $112 billion", expect: agreement}
              - {text: "inflation: 5% | 5%", fires: false}
        """);
    String example = "defence-budget: $118.4 billion | $112 billion";
    assertThat(main(example).verdict()).isEqualTo(Verdict.CONFLICT);
    Fact relaxed = VerdictRuleExamples.mainFact(RuleSet.withOverrides(dir), example);
    assertThat(relaxed.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(relaxed.reason()).endsWith("within the 10% tolerance for budget estimates.");
  }

  @Test
  void aStatedFallConflictsWithTheSameRise() {
    assertThat(main("defence-spending: fell by 1.7% | rose by 1.7%").verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(main("defence-spending: fell by 1.7% | fell by 1.7%").verdict()).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void aClaimWithoutMetricOrSubjectFormsNoFact() {
    Corpus c = new Corpus().document("A", "AP", "2024-01-01", null);
    c.quantity("A", null, null, null, "5,000 tanks", null);
    assertThat(judge(c)).isEmpty();
  }

  @Test
  void aForecastIsNotJudgedAgainstTheOutcome() {
    Corpus c = new Corpus().document("A", "AP", "2024-01-01", null).document("B", "BBC", "2025-01-01", null);
    Claim forecast = c.quantity("A", "China", "gdp-growth", "2024", "5%", null);
    c.quantity("B", "China", "gdp-growth", "2024", "3.2%", null);
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == forecast ? with(x, Modality.FORECAST, List.of()) : x);
    List<Fact> facts = new Judge(RULES).judge(c.documents(), new FactMatcher(RULES).match(c.documents(), claims));
    assertThat(facts).extracting(Fact::verdict).containsOnly(Verdict.SINGLE_SOURCE);
    assertThat(facts).extracting(f -> f.key().scope()).containsExactlyInAnyOrder(null, "forecast");
  }

  @Test
  void aComputedShareThatMissesItsStatedTotalIsAnInternalInconsistency() {
    Corpus c = new Corpus().document("A", "WTOP", "2025-01-01", null);
    Claim stated = c.quantity("A", "China", "exports-to-russia", null, "$1.5 billion", null);
    Claim derived = c.quantity("A", "China", "exports-to-russia", null, "$900 million", null);
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == derived ? with(x, Modality.ASSERTED, List.of(stated.id())) : x);
    Fact f = new Judge(RULES).judge(c.documents(), new FactMatcher(RULES).match(c.documents(), claims)).get(0);
    assertThat(f.verdict()).isEqualTo(Verdict.INTERNAL_INCONSISTENCY);
    assertThat(f.reason()).contains("$900 million (computed from its parts)");
  }

  @Test
  void aHedgedSentenceDoesNotWidenAnOpenBoundIntoAgreement() {
    // "appeared to be a modified Iskander with a range of up to 500 km" vs "a range of over 500 km"
    Corpus c = new Corpus().document("A", "Baltic Wire", "2024-02-10", null).document("B", "Harbor Tribune", "2024-02-11", null);
    c.quantity("A", "Russia", "weapon-range", null, "over 500 km", null);
    Claim hedged = c.quantity("B", "Russia", "weapon-range", null, "up to 500 km", null);
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == hedged ? with(x, Modality.HEDGED, List.of()) : x);
    Fact f = new Judge(RULES).judge(c.documents(), new FactMatcher(RULES).match(c.documents(), claims)).get(0);
    assertThat(f.rule()).isEqualTo("QUALIFIER_CONFLICT");
  }

  private static Claim with(Claim x, Modality modality, List<String> derivedFrom) {
    return new Claim(x.id(), x.document(), x.sentence(), x.start(), x.end(), x.kind(), x.subject(), x.metric(),
        x.time(), x.scope(), x.attribution(), modality, x.polarity(), x.quantity(), x.assertion(), true, null,
        x.mentions(), derivedFrom);
  }

  @Test
  void aDocumentWhoseOwnFigureDiffersFromWhatItQuotesContradictsItself() {
    Fact f = main("troops: about 100,000 troops ; doc=A ; outlet=Harbor Tribune ; by=the newspaper's analysis"
        + " | 120,000 troops ; doc=A ; outlet=Harbor Tribune");
    assertThat(f.verdict()).isEqualTo(Verdict.INTERNAL_INCONSISTENCY);
    assertThat(f.reason()).startsWith("Harbor Tribune contradicts itself: about 100,000 vs 120,000: 17% apart");
  }

  @Test
  void aDocumentQuotingTwoSourcesThatDifferReportsAConflict() {
    Fact f = main("troops: 100,000 troops ; doc=A ; by=Ukraine's intelligence | 150,000 troops ; doc=A ; by=NATO");
    assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
  }

  @Test
  void twoPlansStatedExactlyAreComparedAtTheirStatedPrecision() {
    Corpus c = new Corpus().document("A", "AP", "2023-10-02", null).document("B", "BBC", "2023-10-03", null);
    List<Claim> claims = List.of(
        with(c.quantity("A", "Russia", "defence-spending", "2024", "$118.4 billion", null), Modality.FORECAST, List.of()),
        with(c.quantity("B", "Russia", "defence-spending", "2024", "$112 billion", null), Modality.FORECAST, List.of()));
    List<Fact> facts = new Judge(RULES).judge(c.documents(), new FactMatcher(RULES).match(c.documents(), claims));
    assertThat(facts).singleElement().extracting(Fact::verdict).isEqualTo(Verdict.CONFLICT);
  }

  @Test
  void oneSentenceReadAsAffirmingAndDenyingIsNoInternalInconsistency() {
    Corpus c = new Corpus().article("A", "Gatestone Institute", "2023-03",
        "Russia will need supplies of weapons from other nations, as its industry is incapable of providing weapons.");
    c.statedAssertion("A", "need supplies of weapons", "Russia", "supply", "weapons", "weapons", true, null);
    c.statedAssertion("A", "incapable of providing weapons", "Russia", "supply", "weapons", "weapons", false, null);
    assertThat(judge(c)).singleElement().extracting(Fact::verdict).isNotEqualTo(Verdict.INTERNAL_INCONSISTENCY);
  }

  @Test
  void anUnknownOutletIsNamedByItsFileName() {
    Corpus c = new Corpus().document("doc7", null, "2024-01-01", null);
    c.quantity("doc7", "China", "exports", null, "$300 million", null);
    assertThat(judge(c)).singleElement().extracting(Fact::reason).isEqualTo("1 outlet, 1 independent source: doc7.txt.");
  }

  @Test
  void factIdHashesTheKeyText() {
    Fact f = main("defence-budget: $1.9 trillion | $1.93 trillion");
    assertThat(f.id()).isEqualTo(Hashes.shortId(f.key().text(), 16));
  }

  @Test
  void sameInputGivesIdenticalFactsInIdenticalOrder() {
    String ex = "defence-budget: $1.9 trillion | $1.93 trillion ; doc=X | deny supply weapons | affirm supply drones";
    assertThat(judge(Corpus.parse(ex))).isEqualTo(judge(Corpus.parse(ex)));
  }
}
