package crosscheck.quantity;

import static crosscheck.quantity.QuantityExtractorTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units that carry their own period (tpd, bpd), geological time (Ma, Ga), clocks against
 * picometres, and the dot that is a decimal point unless it groups thousands.
 */
class UnitsAndNotationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Russia's seaborne exports reached 3.4 million bpd in May.          | 3.4 million bpd = exact 3400000 barrels per day
      Output at Ras Tanura stood at 550,000 b/d last week.               | 550,000 b/d = exact 550000 barrels per day
      The recycling facility manages roughly 4,500 tpd.                  | roughly 4,500 tpd = approx 4500000 kg per day
      """)
  void aUnitThatIsARateCarriesItsPeriod(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The dinosaur species was abundant approximately 66 Ma ago.         | approximately 66 Ma = approx 66000000 years
      The oldest zircons date to 4.4 Ga, researchers said.               | 4.4 Ga = exact 4400000000 years
      One gigaannum (1Ga) is a unit of time.                             | 1Ga = exact 1000000000 years
      """)
  void readsGeologicalTimeInYears(String sentence, String expected) {
    assertThat(read(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The talks resume at 2.30 pm in Geneva.                             |
      The curfew starts at 10 pm on Friday.                              |
      Strikes began at 5.45 am local time.                               |
      Troops moved at 1400 GMT.                                          |
      This nano grid has a size of 2.1 pm.                               | 2.1 pm = exact 0.0000000000021 m
      """)
  void aTimeWordAfterAClockIsATimeAndAfterAnyOtherNumberAUnit(String sentence, String expected) {
    assertReadsOnly(sentence, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The yield rose to 4.800 on Friday.                                 | 4.800 = exact 4.8 count
      The bond pays 1.125 percent a year.                                | 1.125 percent = exact 1.125 percent per year
      Die Strafe betrug 3.000 Euro.                                      | 3.000 Euro = exact 3000 EUR
      The club has 1.234.500 members.                                    | 1.234.500 members = exact 1234500 persons
      Der Preis liegt bei 1.234,50 Euro.                                 | 1.234,50 Euro = exact 1234.5 EUR
      """)
  void aLoneDotGroupIsADecimalUnlessItGroupsThousands(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      There is a ⅓ cup of sauce in this recipe.                          | ⅓ cup = exact 0.0788627 l
      Stir in 2 cups of flour.                                           | 2 cups = exact 0.473176 l
      """)
  void readsCups(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Last year the LHC was deactivated for a two-year maintenance period. | two-year = exact 2 years
      He began a two-day visit to Beijing on Monday.                     | two-day = exact 2 days
      The judge handed down a three-year sentence.                       | three-year = exact 3 years
      """)
  void aDurationAdjectiveInWordsIsADuration(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The door is 2 1/2 in thick.                                        | 2 1/2 in = exact 0.0635 m
      The length of my pencil is 2 in.                                   | 2 in = exact 0.0508 m
      Prices rose 2 in May and 3 in June.                                | rose 2 = exact 2 count change up
      One in 5 voters stayed home.                                       | One in 5 = exact 0.2 ratio
      """)
  void inIsInchesOnlyAtASentenceEndOrBeforeADimensionWord(String sentence, String expected) {
    assertThat(read(sentence)).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It's used four times per week.                                     | four times = exact 4 times per week
      Ferries sail 3 times a day in summer.                              | 3 times = exact 3 times per day
      Prices are 3 times higher than in 2020.                            | 3 = exact 3 count
      """)
  void timesIsAFrequencyOnlyBeforeARatePeriod(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      OPERA saw neutrinos faster than light by a factor of 2.48×10−5.    | 2.48×10−5 = exact 0.0000248 count
      Light travels at 3 x 10^8 metres per second.                       | 3 x 10^8 metres = exact 300000000 m
      The fund holds 1.5×10⁶ shares.                                     | 1.5×10⁶ = exact 1500000 count
      The sample held 1.2e3 cells.                                       | 1.2e3 = exact 1200 count
      A 3 x 10 m tent was set up.                                        | 3 = exact 3 count
      """)
  void readsScientificNotation(String sentence, String expected) {
    assertThat(read(sentence)).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I want a gallon of beer, and 3 to 4 L of wine.                     | a gallon = exact 3.78541 l
      Oh look, a penny!                                                  | a penny = exact 0.01 GBP
      The camp lies less than a mile from the border.                    | less than a mile = less-than 1609.34 m
      Police seized a kilo of cocaine at the port.                       | a kilo = exact 1 kg
      """)
  void anArticleBeforeAMeasureOrCoinReadsAsOne(String sentence, String expected) {
    assertThat(read(sentence)).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Gas costs $3 a gallon in Ohio.                                     | $3 = exact 3 USD
      The price of a gallon of gas hit $5.                               | $5 = exact 5 USD
      The car does 30 miles a gallon.                                    | 30 miles = exact 48280.3 m
      A barrel of Brent cost $80 on Friday.                              | $80 = exact 80 USD
      He was jailed for a year and fined a pound.                        |
      """)
  void anArticleUnitAfterAnAmountOrAPriceIsNotAnAmount(String sentence, String expected) {
    assertReadsOnly(sentence, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      three million, two hundred & forty, you say?                       | three million, two hundred & forty = exact 3000240 count
      It cost one million, five hundred thousand dollars.                | one million, five hundred thousand dollars = exact 1500000 USD
      They sold three million, two more were lost.                       | three million = exact 3000000 count
      """)
  void aCommaAfterAScaleContinuesAWrittenOutNumber(String sentence, String expected) {
    assertThat(read(sentence)).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The annual revenue is ($99.99).                                    | $99.99 = exact -99.99 USD
      Net income: ($1.2 million)                                         | $1.2 million = exact -1200000 USD
      The ticket costs €15 ($16.50) online.                              | $16.50 = exact 16.5 USD
      The fund ($5bn) was launched in May.                               | $5bn = exact 5000000000 USD
      """)
  void aBracketedAmountWhereAValueIsStatedIsAnAccountingNegative(String sentence, String expected) {
    assertThat(read(sentence)).last().isEqualTo(expected);
  }

  /** The sentence yields exactly the expected reading, or nothing when none is expected. */
  private static void assertReadsOnly(String sentence, String expected) {
    if (expected == null) {
      assertThat(read(sentence)).isEmpty();
    } else {
      assertThat(read(sentence)).containsExactly(expected);
    }
  }
}
