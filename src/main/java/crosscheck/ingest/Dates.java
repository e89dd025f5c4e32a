package crosscheck.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as written in metadata and datelines ("2025-02-14T09:30:00+02:00", "March 4,
 * 2025", "Feb. 14, 2025", "Tue, 04 Mar 2025 10:00:00 GMT", "4 March 2025") to ISO yyyy, yyyy-MM or
 * yyyy-MM-dd. English month names only. Parsed by hand: it runs on every document's dateline.
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:$|[T ])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("^(?:\\p{L}{3,9},? )?(\\p{L}{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^(?:\\p{L}{3,9},? )?(\\d{1,2}) (\\p{L}{3,9})\\.?,? (\\d{4})\\b");
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < names.length; m++) {
      MONTHS.put(names[m], m + 1);
      MONTHS.put(names[m].substring(0, 3), m + 1);
    }
    MONTHS.put("sept", 9);
  }

  private Dates() {}

  /** The ISO form, or null when the value is not a date we can read. */
  static String normalise(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(v);
    if (m.find()) {
      return written(m.group(3), m.group(1), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    return m.find() ? written(m.group(3), m.group(2), m.group(1)) : null;
  }

  private static String written(String year, String monthName, String day) {
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    return month == null ? null : iso(year, String.valueOf(month), day);
  }

  private static String iso(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1800 || y > 2200) {
      return null;
    }
    if (month == null) {
      return year;
    }
    int mo = Integer.parseInt(month);
    if (mo < 1 || mo > 12) {
      return null;
    }
    if (day == null) {
      return String.format(Locale.ROOT, "%04d-%02d", y, mo);
    }
    try {
      return LocalDate.of(y, mo, Integer.parseInt(day)).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
