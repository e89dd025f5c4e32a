package crosscheck.quantity;

import static crosscheck.quantity.QuantityExtractorTest.EXTRACTOR;
import static crosscheck.quantity.QuantityExtractorTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A range whose two ends both state the currency, scale or unit is one quantity, not two. */
class RangeEndsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Officials estimated the cost at between $280 million and $320 million.        | between $280 million and $320 million = range [280000000, 320000000] USD
      Each shell weighs between 35 kg and 50 kg when fully loaded.                  | between 35 kg and 50 kg = range [35, 50] kg
      The bank expects its provisions to come in from €1.2bn to €1.5bn this year.   | €1.2bn to €1.5bn = range [1200000000, 1500000000] EUR
      Analysts put the cost of rebuilding the bridge at $2 billion-$3 billion.      | $2 billion-$3 billion = range [2000000000, 3000000000] USD
      The central bank sees inflation at between 2% and 3% next year.               | between 2% and 3% = range [2, 3] percent
      The army has massed between 10,000 and 12,000 troops near the border.         | between 10,000 and 12,000 troops = range [10000, 12000] persons
      The fund is worth between US$1.2 billion and US$1.5 billion.                  | between US$1.2 billion and US$1.5 billion = range [1200000000, 1500000000] USD
      Revenue is expected to reach USD 1.2 billion to USD 1.5 billion.              | USD 1.2 billion to USD 1.5 billion = range [1200000000, 1500000000] USD
      Estimates range from $1.2 billion to $1.5 billion.                            | range from $1.2 billion to $1.5 billion = range [1200000000, 1500000000] USD
      Tickets for the final cost between $5 and $10.                                | between $5 and $10 = range [5, 10] USD
      Each Shahed drone costs $20,000 to $50,000 to build.                          | $20,000 to $50,000 = range [20000, 50000] USD
      The metro extension will cost between Rs 500 crore and Rs 700 crore.          | between Rs 500 crore and Rs 700 crore = range [5000000000, 7000000000] INR
      The rescue package was put at $2bn–$3bn by people familiar with the talks.    | $2bn–$3bn = range [2000000000, 3000000000] USD
      Ministers say the scheme will cost between £1 billion and £1.5bn.             | between £1 billion and £1.5bn = range [1000000000, 1500000000] GBP
      Fines of between US$ 5 million and US$ 7 million apply to each breach.        | between US$ 5 million and US$ 7 million = range [5000000, 7000000] USD
      The ministry puts the budget at about $1.2 billion to $1.5 billion.           | about $1.2 billion to $1.5 billion = range [1200000000, 1500000000] USD approx
      """)
  void bothEndsWithTheSameCurrencyOrUnitMakeOneRange(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @Test
  void aRangeWithTheCurrencyOnBothEndsKeepsTheRateAfterIt() {
    assertThat(read("Russia earns between £1bn and £1.5bn a month from oil sales."))
        .containsExactly("between £1bn and £1.5bn = range [1000000000, 1500000000] GBP per month");
    assertThat(read("The company reported losses of $10 million-$12 million a month."))
        .containsExactly("$10 million-$12 million = range [10000000, 12000000] USD per month");
  }

  @Test
  void aMergedRangeHasNoPointAndTheBoundRange() {
    Quantity q = EXTRACTOR.extract("Officials estimated the cost at between $280 million and $320 million.").get(0);
    assertThat(q.point()).isNull();
    assertThat(q.bound()).isEqualTo(Bound.RANGE);
    assertThat(q.low()).isEqualTo(2.8e8);
    assertThat(q.high()).isEqualTo(3.2e8);
    assertThat(q.precision()).isEqualTo(1e7);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The deal was worth between $5 million and €4 million.          | between $5 million = exact 5000000 USD     | €4 million = exact 4000000 EUR
      It would cost between $2 billion and 3 billion euros.          | between $2 billion = exact 2000000000 USD  | 3 billion euros = exact 3000000000 EUR
      The deal was valued at $5m-€4m by the two sides.               | $5m = exact 5000000 USD                    | €4m = exact 4000000 EUR
      The shells weigh between 35 kg and 50 tonnes.                  | between 35 kg = exact 35 kg                | 50 tonnes = exact 50000 kg
      """)
  void endsInDifferentCurrenciesOrUnitsStayTwoQuantities(String sentence, String first, String second) {
    assertThat(read(sentence)).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Revenue rose from $1.2 billion to $1.5 billion last year.           | $1.2 billion = exact 1200000000 USD | $1.5 billion = exact 1500000000 USD
      The government cut spending from $3 billion to $2 billion.          | $3 billion = exact 3000000000 USD   | $2 billion = exact 2000000000 USD
      The ministry is raising the budget from €1.2bn to €1.5bn.           | €1.2bn = exact 1200000000 EUR       | €1.5bn = exact 1500000000 EUR
      """)
  void aMoveBetweenTwoLevelsWithTheCurrencyOnBothStaysTwoValues(String sentence, String first, String second) {
    assertThat(read(sentence)).containsExactly(first, second);
  }
}
