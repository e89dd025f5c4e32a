package crosscheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactMatcherTest {
  private static final RuleSet RULES = RuleSet.bundled();

  private static List<FactGroup> match(Corpus c) {
    return new FactMatcher(RULES).match(c.documents(), c.claims());
  }

  private static Corpus twoOutlets() {
    return new Corpus().document("A", "Reuters", "2024-05-01", null).document("B", "AP", "2024-05-02", null);
  }

  @Test
  void sortingByDocumentRankGivesTheClaimOrderWithItsTiesAndDuplicates() {
    Corpus c = new Corpus();
    String[] ids = {"m", "B", "a", "zz", "Z1", "q", "aa", "c9", "c10", "x"};
    for (String id : ids) {
      c.document(id, "Outlet " + id, "2024-05-01", null);
    }
    Random random = new Random(7);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      Claim a = c.assertion(ids[random.nextInt(ids.length)], "China", "supply", "drones", "Russia", random.nextBoolean(), null);
      claims.add(a);
      if (i % 5 == 0) { // same start, other end or id; and an equal copy
        claims.add(new Claim(a.id() + "b", a.document(), a.sentence(), a.start(), a.end() - 1, a.kind(), a.subject(),
            a.metric(), a.time(), a.scope(), a.attribution(), a.modality(), a.polarity(), a.quantity(), a.assertion(),
            a.checkWorthy(), a.worthRule(), a.mentions(), a.derivedFrom()));
        claims.add(new Claim(a.id(), a.document(), a.sentence(), a.start(), a.end(), a.kind(), a.subject(),
            a.metric(), a.time(), a.scope(), a.attribution(), a.modality(), a.polarity(), a.quantity(), a.assertion(),
            a.checkWorthy(), a.worthRule(), a.mentions(), a.derivedFrom()));
      }
    }
    FactMatcher matcher = new FactMatcher(RULES);
    SourceLinks links = matcher.links(c.documents(), FactMatcher.signatures(c.documents()));
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(claims, random);
      List<Claim> expected = new ArrayList<>(claims);
      expected.sort(FactMatcher.CLAIM_ORDER);
      List<Claim> ranked = new ArrayList<>(claims);
      FactMatcher.sort(ranked, links);
      assertThat(ranked).as("same claims, same objects, same order").hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(ranked.get(i)).isSameAs(expected.get(i));
      }
    }
    // a claim of a document the corpus lacks has no rank: the plain order is used
    Claim stray = c.assertion("m", "China", "supply", "drones", "Russia", true, null);
    List<Claim> withStray = new ArrayList<>(claims);
    withStray.add(new Claim(stray.id(), "not-in-corpus", stray.sentence(), 0, 1, stray.kind(), stray.subject(), null,
        null, null, null, stray.modality(), stray.polarity(), null, stray.assertion(), true, null, List.of(), List.of()));
    Collections.shuffle(withStray, random);
    List<Claim> expected = new ArrayList<>(withStray);
    expected.sort(FactMatcher.CLAIM_ORDER);
    FactMatcher.sort(withStray, links);
    assertThat(withStray).containsExactlyElementsOf(expected);
  }

  @Test
  void sameNumberForBudgetAndTradeStaysTwoFacts() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "defence-budget", "2024", "$80 billion", null);
    c.quantity("B", "China", "trade-volume", "2024", "$80 billion", null);
    assertThat(match(c)).extracting(g -> g.key().metric()).containsExactly("defence-budget", "trade-volume");
  }

  @Test
  void spendingOfDifferentYearsStaysTwoFacts() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "defence-spending", "2024", "$296 billion", null);
    c.quantity("B", "China", "defence-spending", "2023", "$225 billion", null);
    assertThat(match(c)).extracting(g -> g.key().time()).containsExactly("2023", "2024");
  }

  @Test
  void daysOfOneMonthAreOneTimeButMonthsAreNot() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "personnel-deployed", "2025-06-26", "600 military personnel", null);
    c.quantity("B", "China", "personnel-deployed", "2025-06-27", "600 military personnel", null);
    c.quantity("B", "China", "personnel-deployed", "2025-07-02", "1,000 military personnel", null);
    assertThat(match(c)).extracting(g -> g.key().time() + " " + g.claims().size()).containsExactly("2025-06 2", "2025-07 1");
  }

  @Test
  void unitsOfEquipmentAndArmouredVehiclesAreDifferentFacts() {
    Corpus c = twoOutlets();
    c.quantity("A", "Russia", "equipment-supplied", null, "5,000 units of equipment", null);
    c.quantity("B", "Russia", "equipment-supplied", null, "5,000 armoured vehicles", null);
    c.quantity("B", "Russia", "equipment-supplied", null, "5,200 armoured vehicles", null);
    List<FactGroup> groups = match(c);
    assertThat(groups).hasSize(2);
    assertThat(groups).extracting(g -> g.claims().size()).containsExactlyInAnyOrder(1, 2);
    assertThat(groups).extracting(g -> g.key().scope()).containsExactlyInAnyOrder("units of equipment", "armoured vehicles");
  }

  @Test
  void theCountedNounMayBePartOfTheSurface() {
    Corpus c = twoOutlets();
    Claim vehicles = c.quantity("A", "Russia", "equipment-supplied", null, "5,000 armoured vehicles", null);
    Claim units = c.quantity("B", "Russia", "equipment-supplied", null, "5,000 units of equipment", null);
    List<Claim> claims = List.of(surfaceWithNoun(vehicles, "armoured vehicles"), surfaceWithNoun(units, "units of equipment"));
    assertThat(claims.get(0).quantity().surface()).isEqualTo("5,000 armoured vehicles");
    assertThat(new FactMatcher(RULES).match(c.documents(), claims)).hasSize(2);
  }

  private static Claim surfaceWithNoun(Claim x, String noun) {
    Quantity q = x.quantity();
    Quantity wide = new Quantity(q.surface() + " " + noun, q.start(), q.end() + noun.length() + 1, q.point(), q.low(),
        q.high(), q.lowInclusive(), q.highInclusive(), q.precision(), q.bound(), q.approximate(), q.unit(),
        q.dimension(), q.per(), q.change());
    // the sentence goes on with words that are not the counted noun
    String sentence = x.sentence().replace(noun, noun + " from suppliers");
    return new Claim(x.id(), x.document(), sentence, x.start(), x.end(), x.kind(), x.subject(), x.metric(), x.time(),
        x.scope(), x.attribution(), x.modality(), x.polarity(), wide, x.assertion(), true, null, x.mentions(), x.derivedFrom());
  }

  @Test
  void menAndSoldiersAreOneCountOfPeople() {
    Corpus c = twoOutlets();
    c.quantity("A", "Russia", "personnel-lost", null, "200,000 men", null);
    c.quantity("B", "Russia", "personnel-lost", null, "200,000 soldiers", null);
    assertThat(match(c)).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(2));
  }

  @Test
  void poundsAndDollarsAreSeparateFactsPlusOneNearMiss() {
    Corpus c = twoOutlets();
    c.quantity("A", "UK", "defence-budget", "2024", "£50 billion", null);
    c.quantity("B", "UK", "defence-budget", "2024", "$50 billion", null);
    assertThat(match(c)).extracting(g -> g.key().dimension())
        .containsExactly("currency:GBP", "currency:GBP vs currency:USD", "currency:USD");
  }

  @Test
  void anUndatedClaimJoinsTheOnlyDatedFactWithTheSameKey() {
    Corpus c = new Corpus().document("A", "Kyiv Post", "2025-06-01", null)
        .document("B", "The Herald", "2025-06-02", null).document("C", "Hague Gazette", "2025-06-03", null);
    c.quantity("A", "China", "personnel-deployed", "2025", "around 600 personnel", null);
    c.quantity("B", "China", "personnel-deployed", "2025", "more than 1,000 personnel", null);
    c.quantity("C", "China", "personnel-deployed", null, "around 600 personnel", null);
    assertThat(match(c)).singleElement().satisfies(g -> {
      assertThat(g.key().time()).isEqualTo("2025");
      assertThat(g.claims()).hasSize(3);
    });
  }

  @Test
  void anUndatedClaimStaysApartWhenTwoYearsAreCandidates() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "defence-spending", "2023", "$225 billion", null);
    c.quantity("A", "China", "defence-spending", "2024", "$296 billion", null);
    c.quantity("B", "China", "defence-spending", null, "$250 billion", null);
    assertThat(match(c)).extracting(g -> g.key().time()).containsExactlyInAnyOrder(null, "2023", "2024");
  }

  @Test
  void matchingPartByPartGivesTheGroupsOfMatchingAllClaimsAtOnce() {
    Corpus c = new Corpus().document("A", "Reuters", "2024-05-01", null).document("B", "AP", "2024-05-02", null)
        .document("C", "Kyiv Post", "2024-05-03", null);
    c.quantity("A", "China", "defence-spending", "2023", "$225 billion", null);
    c.quantity("B", "China", "defence-spending", "2024", "$296 billion", null);
    c.quantity("C", "China", "defence-spending", null, "$250 billion", null);
    // metric-less claims tie the undated key to the 2023 key only (not to 2024) through other steps
    c.quantity("A", "China", null, "2023", "$226 billion", null);
    c.quantity("B", "China", null, null, "$251 billion", null);
    c.quantity("C", "Russia", "defence-spending", "2024", "$140 billion", null);
    c.quantity("A", "Russia", "defence-spending", null, "$141 billion", null);
    FactMatcher matcher = new FactMatcher(RULES);
    SourceLinks links = matcher.links(c.documents(), FactMatcher.signatures(c.documents()));
    List<FactMatcher.Partition> parts = matcher.partition(c.claims());
    List<FactGroup> byPart = new ArrayList<>();
    parts.forEach(p -> byPart.addAll(matcher.match(links, p)));
    byPart.sort(FactMatcher.GROUP_ORDER);
    List<Claim> judgeable = new ArrayList<>();
    List<FactKey> keys = new ArrayList<>();
    List<FactKey> all = matcher.keys(c.claims());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) != null) {
        judgeable.add(c.claims().get(i));
        keys.add(all.get(i));
      }
    }
    List<FactGroup> whole = matcher.match(links, new FactMatcher.Partition("all", judgeable, keys, java.util.Set.of()));
    assertThat(byPart).isEqualTo(whole);
    assertThat(whole).extracting(g -> g.key().subject() + " " + g.key().time())
        .as("China's undated claim stays apart from its two years").contains("China null");
    assertThat(parts).as("the years of China's spending are not one part").hasSizeGreaterThan(2);
  }

  @Test
  void anUndatedClaimPublishedBeforeTheDatedFactsYearStaysApart() {
    Corpus c = new Corpus().document("A", "Reuters", "2025-06-01", null).document("B", "AP", "2023-02-01", null);
    c.quantity("A", "China", "personnel-deployed", "2025", "around 600 personnel", null);
    c.quantity("B", "China", "personnel-deployed", null, "around 100 personnel", null);
    assertThat(match(c)).extracting(g -> g.key().time()).containsExactlyInAnyOrder(null, "2025");
  }

  @Test
  void claimsThatAreNotCheckWorthyAreNotMatched() {
    Corpus c = twoOutlets();
    Claim trivial = c.quantity("A", "author", "podcasts", null, "2 podcasts", null);
    c.quantity("B", "Russia", "personnel-lost", null, "200,000 men", null);
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == trivial ? notWorthy(x) : x);
    assertThat(new FactMatcher(RULES).match(c.documents(), claims)).extracting(g -> g.key().metric())
        .containsExactly("personnel-lost");
  }

  @Test
  void affirmedDronesCountForTheWeaponsFactButDeniedWeaponsStayOffTheDronesFact() {
    Corpus c = new Corpus().document("A", "Politico", "2024-04-12", null).document("B", "Epoch Times", "2025-06-27", null)
        .document("C", "Telegraph", "2023-03-20", null);
    c.assertion("A", "China", "supply", "drones", "Russia", true, "US officials");
    c.assertion("C", "China", "supply", "kamikaze drones", "Russia", true, null);
    c.assertion("B", "China", "supply", "weapons", "Russia", false, "Guo Jiakun");
    List<FactGroup> groups = match(c);
    assertThat(groups).extracting(g -> g.key().metric()).containsExactly("supply:drones", "supply:weapons");
    assertThat(groups.get(0).claims()).extracting(Claim::document).containsExactly("A", "C");
    assertThat(groups.get(1).claims()).extracting(Claim::document).containsExactly("A", "B", "C");
  }

  @Test
  void dronesDoNotCountForWeaponsWhenTheSameSpeakerDeniesWeaponsInTheSameDocument() {
    Corpus c = new Corpus().document("A", "Meridian Wire", "2024-09-12", null)
        .document("B", "Epoch Times", "2025-06-27", null);
    c.assertion("A", "China", "supply", "drones", "Russia", true, "senior US officials");
    c.assertion("A", "China", "supply", "weapons", "Russia", false, "senior US officials");
    c.assertion("B", "China", "supply", "weapons", "Russia", true, "Zelensky");
    List<FactGroup> groups = match(c);
    assertThat(groups).extracting(g -> g.key().metric()).containsExactly("supply:drones", "supply:weapons");
    assertThat(groups.get(1).claims()).extracting(Claim::polarity)
        .containsExactly(Polarity.NEGATED, Polarity.AFFIRMED);
  }

  @Test
  void outletsQuotingOnePrimarySourceAreOneCluster() {
    Corpus c = new Corpus().document("A", "Epoch Times", "2025-06-27", null).document("B", "Newsweek", "2025-06-26", null)
        .document("C", "Reuters", "2025-06-28", null);
    c.quantity("A", "China", "personnel-sent", "2025", "around 600 military personnel", "the Kyiv Post");
    c.quantity("B", "China", "personnel-sent", "2025", "600 military personnel", "Kyiv Post");
    c.quantity("C", "China", "personnel-sent", "2025", "600 military personnel", null);
    FactGroup g = match(c).get(0);
    assertThat(g.sources()).hasSize(2);
    assertThat(g.sources().get(0)).satisfies(s -> {
      assertThat(s.origin()).isEqualTo("B");
      assertThat(s.documents()).containsExactly("B", "A");
      assertThat(s.via()).isEqualTo("all quote Kyiv Post");
    });
    assertThat(g.sources().get(1).via()).isEqualTo("independent");
  }

  @Test
  void anOutletQuotingItselfStaysIndependent() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "personnel-sent", "2025", "600 military personnel", "Reuters");
    c.quantity("B", "China", "personnel-sent", "2025", "600 military personnel", "AP");
    assertThat(match(c).get(0).sources()).hasSize(2);
  }

  @Test
  void outletsQuotingUnnamedSourcesStayIndependent() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "personnel-sent", "2025", "600 military personnel", "analysts");
    c.quantity("B", "China", "personnel-sent", "2025", "600 military personnel", "according to analysts");
    assertThat(match(c).get(0).sources()).hasSize(2);
  }

  @Test
  void claimStageObjectIdsMapOntoTheClassHierarchy() {
    Corpus c = twoOutlets();
    Claim goods = c.assertion("A", "China", "supply", "dual-use-goods", "Russia", true, null);
    Claim missiles = c.assertion("B", "China", "supply", "missiles", "Russia", true, null);
    Claim weapons = c.assertion("B", "China", "supply", "weapons", "Russia", false, "Guo Jiakun");
    List<Claim> claims = List.of(withClass(goods, "dual-use"), withClass(missiles, "weapons"), withClass(weapons, "weapons"));
    assertThat(new FactMatcher(RULES).match(c.documents(), claims)).extracting(g -> g.key().metric() + " " + g.claims().size())
        .containsExactly("supply:dual-use 1", "supply:missile-technology 1", "supply:weapons 2");
  }

  @Test
  void documentsOfUnknownOutletsSpeakingForThemselvesStayIndependent() {
    Corpus c = new Corpus().document("A", null, "2024-01-01", null).document("B", null, "2024-01-02", null);
    c.quantity("A", "China", "personnel-deployed", "2025", "600 military personnel", "outlet");
    c.quantity("B", "China", "personnel-deployed", "2025", "600 military personnel", "outlet");
    assertThat(match(c).get(0).sources()).extracting(SourceCluster::via).containsExactly("independent", "independent");
  }

  private static Claim withClass(Claim x, String objectClass) {
    var a = x.assertion();
    return new Claim(x.id(), x.document(), x.sentence(), x.start(), x.end(), x.kind(), x.subject(), x.metric(), x.time(),
        x.scope(), x.attribution(), x.modality(), x.polarity(), null,
        new crosscheck.claim.Assertion(a.agent(), a.predicate(), a.object(), objectClass, a.recipient()), true, null,
        x.mentions(), x.derivedFrom());
  }

  @Test
  void aDenialToAnyoneMeetsTheAffirmationsThatNameARecipient() {
    Corpus c = new Corpus().document("A", "Politico", "2024-04-12", null).document("B", "Epoch Times", "2025-06-27", null);
    c.assertion("A", "China", "supply", "weapons", "Russia", true, "Zelensky");
    c.assertion("A", "China", "supply", "weapons", "Iran", true, "Zelensky");
    Claim denial = c.assertion("B", "China", "supply", "weapons", "Russia", false, "Guo Jiakun");
    Claim vague = c.assertion("B", "China", "supply", "drones", "Russia", true, null);
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == denial || x == vague ? withRecipient(x, null) : x);
    List<FactGroup> groups = new FactMatcher(RULES).match(c.documents(), claims);
    assertThat(groups).extracting(g -> g.key().metric() + " " + g.key().scope() + " " + g.claims().size())
        .containsExactly("supply:drones null 1", "supply:weapons Iran 2", "supply:weapons Russia 2");
  }

  @Test
  void anAffirmationWithoutRecipientJoinsTheOnlyRecipientThatIsAffirmed() {
    // "continues to supply drones" beside "drones to Russia" and "halted the sale of drone equipment to Ukraine"
    Corpus c = new Corpus().document("A", "Politico", "2024-04-12", null).document("B", "Epoch Times", "2025-06-27", null);
    c.assertion("A", "China", "supply", "drones", "Russia", true, "US officials");
    c.assertion("B", "China", "supply", "drones", "Ukraine", false, "Zelensky");
    Claim vague = c.assertion("B", "China", "supply", "drones", "Russia", true, "Zelensky");
    List<Claim> claims = new ArrayList<>(c.claims());
    claims.replaceAll(x -> x == vague ? withRecipient(x, null) : x);
    List<FactGroup> groups = new FactMatcher(RULES).match(c.documents(), claims);
    assertThat(groups).extracting(g -> g.key().metric() + " " + g.key().scope() + " " + g.claims().size())
        .containsExactly("supply:drones Russia 2", "supply:drones Ukraine 1");
  }

  private static Claim withRecipient(Claim x, String recipient) {
    var a = x.assertion();
    return new Claim(x.id(), x.document(), x.sentence(), x.start(), x.end(), x.kind(), x.subject(), x.metric(), x.time(),
        x.scope(), x.attribution(), x.modality(), x.polarity(), null,
        new crosscheck.claim.Assertion(a.agent(), a.predicate(), a.object(), a.objectClass(), recipient), true, null,
        x.mentions(), x.derivedFrom());
  }

  @Test
  void aClaimWithoutMetricJoinsTheFactItsSentenceIsAbout() {
    Corpus c = twoOutlets().article("C", "Eastern Monitor", "2023-10-02",
        "Russia plans to spend $118.4 billion on defence in 2024, according to draft budget documents.")
        .article("D", "Daily Meridian", "2023-10-03",
        "Russia will raise its military spending next year, with defence outlays in 2024 set at $112 billion, a think tank said of the draft budget.");
    c.statedQuantity("C", "$118.4 billion", "Russia", null, "2024", null);
    c.statedQuantity("D", "$112 billion", "Russia", "defence-spending", "2024", null);
    assertThat(match(c)).singleElement().satisfies(g -> {
      assertThat(g.key().metric()).isEqualTo("defence-spending");
      assertThat(g.claims()).hasSize(2);
    });
  }

  @Test
  void aClaimWithoutMetricAboutAnotherThingStaysApart() {
    Corpus c = twoOutlets().article("C", "Eastern Monitor", "2024-03-05",
        "China will raise its defence budget to $80 billion this year, the finance ministry said in its annual report.")
        .article("D", "Harbor Tribune", "2024-03-06",
        "China's trade with Kazakhstan reached $85 billion this year, customs data showed on Wednesday.");
    c.statedQuantity("C", "$80 billion", "China", "defence-budget", "2024", null);
    c.statedQuantity("D", "$85 billion", "China", null, "2024", null);
    assertThat(match(c)).extracting(g -> g.key().metric() + " " + g.claims().size())
        .containsExactly("defence-budget 1", "null 1");
  }

  @Test
  void groupsDoNotDependOnInputOrder() {
    Corpus c = twoOutlets();
    c.quantity("A", "China", "defence-budget", "2024", "$80 billion", null);
    c.quantity("B", "China", "trade-volume", "2024", "$80 billion", null);
    c.quantity("A", "Russia", "equipment-supplied", null, "5,000 units of equipment", null);
    c.quantity("B", "Russia", "equipment-supplied", null, "5,000 armoured vehicles", null);
    c.assertion("A", "China", "supply", "drones", "Russia", true, null);
    c.assertion("B", "China", "supply", "weapons", "Russia", false, null);
    List<Claim> shuffled = new ArrayList<>(c.claims());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new FactMatcher(RULES).match(c.documents(), shuffled)).isEqualTo(match(c));
  }

  private static Claim notWorthy(Claim x) {
    return new Claim(x.id(), x.document(), x.sentence(), x.start(), x.end(), x.kind(), x.subject(), x.metric(),
        x.time(), x.scope(), x.attribution(), x.modality(), x.polarity(), x.quantity(), x.assertion(), false,
        "TRIVIAL_COUNT", x.mentions(), x.derivedFrom());
  }
}
