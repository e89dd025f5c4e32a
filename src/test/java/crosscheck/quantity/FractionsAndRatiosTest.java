package crosscheck.quantity;

import static crosscheck.quantity.QuantityExtractorTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fractions and mixed numbers in words, dozens, ratios ("one in five"), and ordinals that stay ordinals. */
class FractionsAndRatiosTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ship was twenty and three fifths metres long.                 | twenty and three fifths metres = exact 20.6 m
      The final tally was five billion and three quarters dollars.      | five billion and three quarters dollars = exact 5750000000 USD
      Reserves stand at one billion and a half million barrels.         | one billion and a half million barrels = exact 1000500000 barrels
      He won by two and fifty-four hundredths seconds.                  | two and fifty-four hundredths seconds = exact 2.54 seconds
      The rescue took 2 and a half hours.                               | 2 and a half hours = exact 2.5 hours
      Bolt won by a hundredth of a second.                              | a hundredth = approx 1 percent
      The state sold two thirds of a million acres.                     | two thirds of a million acres = exact 2697900000 m2
      Prices rose by twenty-three fifths in a decade.                   | rose by twenty-three fifths = exact 4.6 ratio change up
      Half a dozen drones struck the port.                              | Half a dozen = exact 6 count
      The shop sold 3 dozens eggs an hour.                              | 3 dozens = exact 36 count per hour
      The answer is minus one.                                          | minus one = exact -1 count
      The transcript reads fifty - two dollars.                         | fifty - two dollars = exact 52 USD
      The pipe is five - eighths of an inch.                            | five - eighths = approx 62.5 percent
      The gauge reading was -4/5 at noon.                               | -4/5 = exact -0.8 ratio
      Rebels hold three twenty-firsts of the council seats.             | three twenty-firsts = approx 14.2857 percent
      The coalition won one hundred thirty fifths of its target.        | one hundred thirty fifths = approx 285.714 percent
      Each heir got one one hundred and fifth of the estate.            | one one hundred and fifth = approx 0.952381 percent
      The levy is one twenty-fifth of the sale price.                   | one twenty-fifth = approx 4 percent
      """)
  void readsFractionsMixedNumbersDozensAndCompoundDenominators(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The city marked its one hundred twenty-first anniversary.",
      "The twenty-first division crossed the river.",
      "It was a twenty-first century war."})
  void leavesCompoundOrdinalsAlone(String sentence) {
    assertThat(read(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      One in five Americans owns a gun.                                 | One in five = exact 0.2 ratio
      Only 1 in 10 people voted in the primary.                         | 1 in 10 = exact 0.1 ratio
      Two out of three voters backed the plan.                          | Two out of three = exact 0.666667 ratio
      """)
  void readsRatios(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Xi won a third term as leader.",
      "He was elected for a fifth time.",
      "The city marked its two hundredth anniversary.",
      "The two countries signed a pact.",
      "In 2020 thousands fled the city.",
      "Growth was negative in the first two quarters.",
      "The meeting took over half an hour."})
  void leavesOrdinalsAndDiscourseAlone(String sentence) {
    assertThat(read(sentence)).noneMatch(q -> q.contains("ratio") || q.contains("= exact 2 ") || q.contains("2020"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He scored 3 in 10 minutes.                                        | 10 minutes = exact 10 minutes
      The firm ranked 1 in 2019.                                        | 1 = exact 1 count
      """)
  void doesNotReadMeasuresOrYearsAsRatios(String sentence, String last) {
    assertThat(read(sentence)).last().isEqualTo(last);
  }
}
