package crosscheck.quantity;

import static crosscheck.quantity.QuantityExtractorTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Digit forms and unit placements: Indian grouping, decimals before a scale, suspended hyphens, shared units. */
class NumberFormsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Italy's GDP is $2.174T, the IMF says.                             | $2.174T = exact 2174000000000 USD
      The scheme pays 1,00,000 rupees per family.                       | 1,00,000 rupees = exact 100000 INR
      Die Strafe betrug 3.000 Euro.                                     | 3.000 Euro = exact 3000 EUR
      NASA studied an 8- to 16-meter space telescope.                   | 8- to 16-meter = range [8, 16] m
      He faces a 10- to 15-year sentence.                               | 10- to 15-year = range [10, 15] years
      The maximum load is 20 (kg) per box.                              | 20 (kg) = exact 20 kg
      The error is about 1/40 of the wavelength.                        | about 1/40 = approx 2.5 percent
      The talks lasted 5 or 6 days.                                     | 5 = exact 5 days
      The project cost Rs 6 crore and two hundred.                      | Rs 6 crore and two hundred = exact 60000200 INR
      Aid reached $5 million and 300 thousand by May.                   | $5 million and 300 thousand = exact 5300000 USD
      Another 5 million and 3 people were displaced.                    | 5 million = exact 5000000 count
      The app now has 2.5M monthly users.                               | 2.5M = exact 2500000 count
      Global sales reached 1.2b units last year.                        | 1.2b = exact 1200000000 count
      She ran 2.5m before the barrier.                                  | 2.5m = exact 2.5 m
      The fund booked a loss of $-99.99 per share.                      | $-99.99 = exact -99.99 USD
      Net income fell to €-2.5 million in the quarter.                  | €-2.5 million = exact -2500000 EUR
      """)
  void readsTheFirstQuantity(String sentence, String expected) {
    assertThat(read(sentence)).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Order 24703 L-202 from the catalogue.", "Spare part 24703 m212 is out of stock.",
      "Call +1-222-2222/2222 for tickets.", "He installed version 1.2b of the app.", "She lives in apartment 5B."})
  void readsNoCountInPartOrPhoneNumbers(String sentence) {
    assertThat(read(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The loan was 12,34,567.89 rupees.                                 | 1234567.89
      The lists were 22,24 and 26.                                      | 22.24
      """)
  void readsIndianGroupingOnlyWhenItEndsInThreeDigits(String sentence, double value) {
    assertThat(QuantityExtractorTest.EXTRACTOR.extract(sentence).get(0).point()).isEqualTo(value);
  }
}
