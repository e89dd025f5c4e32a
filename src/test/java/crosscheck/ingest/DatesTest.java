package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2025-02-14T09:30:00+02:00 | 2025-02-14",
    "2025-03 | 2025-03",
    "2025 | 2025",
    "2024/05/17 | 2024-05-17",
    "March 4, 2025 | 2025-03-04",
    "Feb. 14, 2025 | 2025-02-14",
    "Sept 3 2024 | 2024-09-03",
    "June 26th, 2025 | 2025-06-26",
    "Tue, 04 Mar 2025 10:00:00 GMT | 2025-03-04",
    "4 March 2025 | 2025-03-04",
  })
  void writtenDatesBecomeIso(String written, String iso) {
    assertThat(Dates.normalise(written)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yesterday", "2025-13-01", "February 30, 2025", "Smarch 3, 2025", "12345"})
  void nonDatesAreUnknown(String written) {
    assertThat(Dates.normalise(written)).isNull();
  }
}
