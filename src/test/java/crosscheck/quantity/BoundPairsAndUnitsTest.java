package crosscheck.quantity;

import static crosscheck.quantity.QuantityExtractorTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two one-sided bounds side by side make one interval; a stated bound outweighs a hedge; more units. */
class BoundPairsAndUnitsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Loans of more than $10,000 and less than $40,000 qualify.          | more than $10,000 and less than $40,000 = range (10000, 40000) USD
      The fund holds at most 100 and at least 20 companies.              | at most 100 and at least 20 = range [20, 100] count
      Fees of at least $5, at most $9 apply.                             | at least $5, at most $9 = range [5, 9] USD
      Bids above 100 and below 150 points were accepted.                | above 100 and below 150 = range (100, 150) count
      Firms with greater than 30 and less than or equal to 40 staff.     | greater than 30 and less than or equal to 40 staff = range (30, 40] persons
      Only about 500 or more fighters remain in the city.                | about 500 or more = at-least 500 count
      Salaries range 5k-20k a year in the sector.                        | 5k-20k = range [5000, 20000] count per year
      Bids must be less than 5000 or equal to it.                        | less than 5000 or equal to = at-most 5000 count
      More than half said they would vote.                               | More than half = more-than 0.5 ratio
      More than half the people came.                                    | More than half = more-than 0.5 ratio
      Exports exceeded $3 billion in May.                                | exceeded $3 billion = more-than 3000000000 USD
      Oil output fell by 500,000 barrels a day.                          | fell by 500,000 barrels = exact -500000 barrels per day change down
      """)
  void readsBoundsAsNewsStatesThem(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      More than 2000 died in the floods.                                 | More than 2000 = more-than 2000 count
      Bids came in above 1000 and below 1500 for each lot.               | above 1000 and below 1500 = range (1000, 1500) count
      The church was built around 1500.                                  |
      The fort was built before 1500 and after 1200.                     |
      """)
  void readsAYearLikeNumberAfterAStrictBoundAsACount(String sentence, String expected) {
    if (expected == null) {
      assertThat(read(sentence)).isEmpty();
    } else {
      assertThat(read(sentence)).containsExactly(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void orEqualToBeforeASecondNumberStartsASecondQuantity() {
    assertThat(read("Turnout was more than 5000 or equal to 6000 in each ward."))
        .containsExactly("more than 5000 = more-than 5000 count", "6000 = exact 6000 count");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      More than 40 died and less than 10 were hurt.                      | More than 40 = more-than 40 count
      More than 100 people died, fewer than 500 were hurt.               | More than 100 people = more-than 100 persons
      Over 40 and under 10 are the ages most at risk.                    | Over 40 = more-than 40 count
      Bids of 5000 or less than 6000 dollars.                            | 5000 = exact 5000 count
      """)
  void doesNotJoinBoundsThatCannotBeOneIntervalNorTakeOrLessBeforeThan(String sentence, String first) {
    assertThat(read(sentence)).hasSize(2).first().isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Shares closed at 197 pence in London.                              | 197 pence = exact 1.97 GBP
      Nokia paid 420 million Finnish markka for the firm.                | 420 million Finnish markka = exact 420000000 FIM
      The charge was C $ 300 million.                                    | C $ 300 million = exact 300000000 CAD
      Toys exports fell to HK$10.05 billion.                             | HK$10.05 billion = exact 10050000000 HKD
      Losses in excess of 30 MUSD were reported.                         | in excess of 30 MUSD = more-than 30000000 USD
      Patients received 50 mg of the drug.                               | 50 mg = exact 0.00005 kg
      Shell may export 0.9 trillion cubic feet of gas.                   | 0.9 trillion cubic feet = exact 25485200000000 l
      Nord Stream 1 carried 55 bcm a year.                               | 55 bcm = exact 55000000000000 l per year
      The fire destroyed 2,000 acres of forest.                          | 2,000 acres = exact 8093710 m2
      Police said the suspect is 5 feet 2 inches tall.                   | 5 feet 2 inches = exact 1.5748 m
      The center is 6 ft 4 in and left-handed.                           | 6 ft 4 in = exact 1.9304 m
      The flight took 2 hours and 30 minutes.                            | 2 hours and 30 minutes = exact 2.5 hours
      The baby weighed 7 pounds 3 ounces.                                | 7 pounds 3 ounces = exact 3.2602 kg
      Approval rose to 100 percentage in the poll.                       | 100 percentage = exact 100 percent
      """)
  void readsMoreCurrenciesAndUnits(String sentence, String expected) {
    assertThat(read(sentence)).containsExactly(expected);
  }
}
