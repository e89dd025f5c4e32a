package crosscheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real news sentences for every form the extractor must read, and those it must not report. */
class QuantityExtractorTest {
  static final QuantityExtractor EXTRACTOR = new QuantityExtractor(RuleSet.bundled());

  static List<String> read(String text) {
    return EXTRACTOR.extract(text).stream().map(q -> q.surface() + " = " + QuantityText.describe(q)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Russia has lost 200,000 soldiers since the invasion.             | 200,000 soldiers = exact 200000 persons
      The index closed at 2,418.6 points on Friday.                    | 2,418.6 = exact 2418.6 count
      Die Strafe betrug 3.000 Euro.                                    | 3.000 Euro = exact 3000 EUR
      Die Inflation lag bei 12,5 % im Oktober.                         | 12,5 % = exact 12.5 percent
      La ville compte 98 450 habitants.                                | 98 450 = exact 98450 count
      Output changed by -1.7 percent over the year.                    | -1.7 percent = exact -1.7 percent
      Growth slowed to 0.6 percent.                                    | 0.6 percent = exact 0.6 percent
      Some six hundred marines landed.                                 | Some six hundred marines = approx 600 persons
      It cost two hundred and fifty thousand dollars.                  | two hundred and fifty thousand dollars = exact 250000 USD
      Some 1.5 million people have fled.                               | Some 1.5 million people = approx 1500000 persons
      Trade reached 2.4 trillion yuan in 2023.                         | 2.4 trillion yuan = exact 2400000000000 CNY
      Apple is worth $1.38T on paper.                                  | $1.38T = exact 1380000000000 USD
      Exports hit USD310B last year.                                   | USD310B = exact 310000000000 USD
      A dozen tanks were destroyed.                                    | A dozen = exact 12 count
      The city has a million and a half residents.                     | a million and a half residents = exact 1500000 persons
      Two-thirds of the aid was military.                              | Two-thirds = approx 66.6667 percent
      The war has lasted 2½ years.                                     | 2½ years = exact 2.5 years
      Only 3/4 of the budget was spent.                                | 3/4 = exact 75 percent
      Kyiv received €50bn from the EU.                                 | €50bn = exact 50000000000 EUR
      London pledged £2.26bn in military aid.                          | £2.26bn = exact 2260000000 GBP
      Tokyo approved ¥43 trillion for defence.                         | ¥43 trillion = exact 43000000000000 JPY
      The budget was 10.8 trillion roubles.                            | 10.8 trillion roubles = exact 10800000000000 RUB
      Washington sent US$61 billion.                                   | US$61 billion = exact 61000000000 USD
      The rate was raised by 0.5 percentage points.                    | raised by 0.5 percentage points = exact 0.5 percentage-points change up
      Inflation rose 7.2% in March.                                    | rose 7.2% = exact 7.2 percent change up
      Inflation rose to 7.2% in March.                                 | 7.2% = exact 7.2 percent
      Spending fell by 1.7 percent in 2021.                            | fell by 1.7 percent = exact -1.7 percent change down
      Debt stood at 95 percent of GDP.                                 | 95 percent of GDP = exact 95 percent-of-GDP
      Warheads weigh between 35 and 50 kilograms.                      | between 35 and 50 kilograms = range [35, 50] kg
      Each carries 35-50 kg of explosives.                             | 35-50 kg = range [35, 50] kg
      Estimates range from 12,000 to 14,500 troops.                    | range from 12,000 to 14,500 troops = range [12000, 14500] persons
      Between 12,000 and 14,500 troops took part.                      | Between 12,000 and 14,500 troops = range [12000, 14500] persons
      It lost 150,000-180,000 men.                                     | 150,000-180,000 men = range [150000, 180000] persons
      Russia fires 200–400 drones every 24 hours.                      | 200–400 = range [200, 400] count per day
      Losses of $2-3 billion are expected.                             | $2-3 billion = range [2000000000, 3000000000] USD
      Exports worth more than $300 million a month.                    | more than $300 million = more-than 300000000 USD per month
      At least 12 civilians died.                                      | At least 12 civilians = at-least 12 persons
      Up to 1,500 drones were delivered.                               | Up to 1,500 = at-most 1500 count
      Fewer than 100 tanks remain.                                     | Fewer than 100 = less-than 100 count
      Nearly 600 soldiers were sent.                                   | Nearly 600 soldiers = less-than 600 persons approx
      Almost 40 percent voted.                                         | Almost 40 percent = less-than 40 percent approx
      About 90 percent of its armour is gone.                          | About 90 percent = approx 90 percent
      Roughly 5,000 shells a day are fired.                            | Roughly 5,000 = approx 5000 count per day
      Tens of thousands of people protested.                           | Tens of thousands of people = range [10000, 100000) persons approx
      Hundreds of drones attacked.                                     | Hundreds = range [100, 1000) count approx
      Dozens of soldiers were wounded.                                 | Dozens of soldiers = range [12, 120) persons approx
      Trade of $200 billion per year is planned.                       | $200 billion = exact 200000000000 USD per year
      Monthly exports worth $300 million were recorded.                | $300 million = exact 300000000 USD per month
      The front is 1,000 km long.                                      | 1,000 km = exact 1000000 m
      The drone flies 1,500 miles.                                     | 1,500 miles = exact 2414020 m
      It reaches 185 km/h in a dive.                                   | 185 km/h = exact 185 km/h
      The tank holds 1,200 litres.                                     | 1,200 litres = exact 1200 l
      Russia pumps 9.5 million barrels a day.                          | 9.5 million barrels = exact 9500000 barrels per day
      Russia controls 100,000 square kilometres.                       | 100,000 square kilometres = exact 100000000000 m2
      The mission lasted 48 hours.                                     | 48 hours = exact 48 hours
      The siege lasted 86 days.                                        | 86 days = exact 86 days
      The deal delivered 1.2 million tonnes of grain.                  | 1.2 million tonnes = exact 1200000000 kg
      Beijing sent 1,000 troops and 300 individuals.                   | 1,000 troops = exact 1000 persons
      The Pentagon said about 1,500 U.S. troops would deploy.          | about 1,500 U.S. troops = approx 1500 persons
      Yields fell to .08 percent.                                      | .08 percent = exact 0.08 percent
      The answer is minus 5 degrees.                                   | minus 5 = exact -5 count
      Half a million people fled.                                      | Half a million people = exact 500000 persons
      The index ranged 1000-5000 points.                               | 1000-5000 = range [1000, 5000] count
      Prices ran 20 through 100 dollars.                               | 20 through 100 dollars = range [20, 100] USD
      It fetched 361 million pounds sterling.                          | 361 million pounds sterling = exact 361000000 GBP
      One and a half divisions crossed.                                | One and a half = exact 1.5 count
      It takes more than 10 1/2 miles of cable.                        | more than 10 1/2 miles = more-than 16898.1 m
      The six-mile trip took an hour.                                  | six-mile = exact 9656.06 m
      """)
  void readsNewsForms(String sentence, String expected) {
    assertThat(read(sentence)).contains(expected);
  }

  @Test
  void aMoveBetweenTwoLevelsIsTwoValuesAndTheSecondTakesTheUnit() {
    assertThat(read("NATO wants to raise the target from 2% to 5% of GDP."))
        .containsExactly("2% = exact 2 percent-of-GDP", "5% of GDP = exact 5 percent-of-GDP");
    assertThat(read("NATO is considering raising member states’ defense expenditure targets from the current 2% of GDP to 5%, to better adapt"))
        .containsExactly("2% of GDP = exact 2 percent-of-GDP", "5% = exact 5 percent-of-GDP");
    assertThat(read("The index rose from 128 to 146 in a year."))
        .containsExactly("128 = exact 128 count", "146 = exact 146 count");
    assertThat(read("Troop numbers rose from 900 to 1,200 soldiers."))
        .containsExactly("900 = exact 900 persons", "1,200 soldiers = exact 1200 persons");
  }

  @Test
  void fromAToBWithoutAChangeWordIsARange() {
    assertThat(read("The USDA hardiness zones relevant to Britain are quite high, from 7 to 10, as shown below."))
        .containsExactly("7 to 10 = range [7, 10] count");
    assertThat(read("The number range is from one thousand to one thousand and five hundred."))
        .containsExactly("one thousand to one thousand and five hundred = range [1000, 1500] count");
    assertThat(read("Prices went from $5 to $10 within a week."))
        .containsExactly("$5 = exact 5 USD", "$10 = exact 10 USD");
  }

  @Test
  void anEarlierLevelAfterFromTakesTheUnitOfTheLevelBeforeIt() {
    assertThat(read("The budget equals 6.7% of GDP, up from 3.9% in 2021."))
        .containsExactly("6.7% of GDP = exact 6.7 percent-of-GDP", "3.9% = exact 3.9 percent-of-GDP");
  }

  @Test
  void userRulesExtendTheBundledUnits(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("units.yaml"), """
        rules:
          - id: DRONES
            description: Drones counted as their own unit.
            unit: drones
            dimension: count
            counted: true
            words: [drones, drone, UAVs]
            examples:
              - {text: "Russia launched 400 drones.", span: "400 drones", expect: "exact 400 drones"}
              - {text: "Drones flew.", fires: false}
        """);
    QuantityExtractor custom = new QuantityExtractor(RuleSet.withOverrides(dir));
    assertThat(custom.extract("Russia launched 400 attack drones and 12 soldiers.").stream().map(QuantityText::describe))
        .containsExactly("exact 400 drones", "exact 12 persons");
  }

  @Test
  void bareRangeWithToIsARange() {
    assertThat(read("Officials estimate 12,000 to 14,500 deaths."))
        .containsExactly("12,000 to 14,500 = range [12000, 14500] count");
  }

  @Test
  void moreThanGivesAnOpenIntervalPerTheContract() {
    Quantity q = EXTRACTOR.extract("monthly exports worth more than $300 million.").getFirst();
    assertThat(q.surface()).isEqualTo("more than $300 million");
    assertThat(q.point()).isEqualTo(3.0e8);
    assertThat(q.low()).isEqualTo(3.0e8);
    assertThat(q.lowInclusive()).isFalse();
    assertThat(q.high()).isNull();
    assertThat(q.precision()).isEqualTo(1.0e8);
    assertThat(q.bound()).isEqualTo(Bound.MORE_THAN);
    assertThat(q.unit()).isEqualTo("USD");
    assertThat(q.dimension()).isEqualTo("currency");
    assertThat(q.per()).isEqualTo("month");
  }

  @ParameterizedTest(name = "{0} has precision {1}")
  @CsvSource(delimiter = '|', textBlock = """
      It spent $1.9 trillion.        | 1.0E11
      It spent $1.93 trillion.       | 1.0E10
      They sent 600 soldiers.        | 100.0
      They sent 293 soldiers.        | 1.0
      It grew 2.50 percent.          | 0.01
      It has 200,000 men.            | 100000.0
      It lost six hundred men.       | 100.0
      """)
  void precisionIsThePlaceOfTheLastStatedNonZeroDigit(String sentence, double precision) {
    assertThat(EXTRACTOR.extract(sentence).getFirst().precision()).isEqualTo(precision);
  }

  @Test
  void aFallIsANegativeIntervalWithChangeDown() {
    Quantity q = EXTRACTOR.extract("Spending fell by more than 2 percent.").getFirst();
    assertThat(q.change()).isEqualTo(Change.DOWN);
    assertThat(q.point()).isEqualTo(-2.0);
    assertThat(q.high()).isEqualTo(-2.0);
    assertThat(q.highInclusive()).isFalse();
    assertThat(q.low()).isNull();
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @ValueSource(strings = {
      "The program began in 2015 and ends by 2035.",
      "On June 23rd, NATO met; on June 26th, China replied.",
      "The tanks date from the 1950s.",
      "It pulled 1950s-era T-54 and T-55 tanks out of storage.",
      "Xi secured his third five-year-term as president.",
      "Firstly, secondly and thirdly, it is the 10th consecutive year.",
      "India buys the Su-35, the F-16 and the S-400.",
      "COVID-19 hit the G7 economies.",
      "The meeting starts at 10:30 and ends at 4 p.m. local time.",
      "Call +44 20 7946 0958 or (202) 555-0143 or 555-0143-22.",
      "See page 12, Section 3 and Article 5 of the treaty.",
      "Russia invaded in February 2022.",
      "It was released as version 1.2.3 on 23.06.2025.",
      "The two countries share three dimensions of cooperation.",
      "Flight MH17 was shot down over Ukraine.",
      "Read https://example.org/2024/05/report-300-troops?id=20%25 today.",
      "Write to press@example.org for 5G and 10G details.",
      "Talks ran 2022-23 and again in 2014–2015.",
      "Part 24703m212 was recalled.",
      "Hubble saw cluster MACS J1149.5+6663 and object SCP-06F6.",
      "The Boeing 737 MAX 9 stayed grounded after Apollo 11 anniversaries.",
      "Xi secured his third five-year term; a five-year-old and a hundred-year flood.",
      })
  void reportsNoQuantity(String sentence) {
    assertThat(read(sentence)).isEmpty();
  }

  @Test
  void listNumberingAtALineStartIsNotAQuantity() {
    assertThat(read("1. Russia\n2) China\n3. 500 troops")).containsExactly("500 troops = exact 500 persons");
  }

  @Test
  void sentenceOffsetsAreDocumentOffsets() {
    String doc = "Intro text. Russia lost an estimated 200,000 men.";
    Sentence s = new Sentence(1, 12, doc.length(), doc.substring(12));
    Quantity q = EXTRACTOR.extract(s).getFirst();
    assertThat(doc.substring(q.start(), q.end())).isEqualTo("an estimated 200,000 men");
  }

  @Test
  void oneInstanceIsSafeAcrossThreads() throws Exception {
    String text = "Russia lost an estimated 200,000 men and around 90 percent of its armour. ".repeat(200);
    List<String> expected = read(text);
    List<List<String>> results = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(i -> read(text)).toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    assertThat(expected).hasSize(400);
  }
}
