package crosscheck.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as written in metadata, to ISO yyyy, yyyy-MM or yyyy-MM-dd. */
final class Dates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:$|[T ])");
  private static final List<DateTimeFormatter> WRITTEN = List.of(
      formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"),
      formatter("d MMM uuuu"), formatter("EEE, d MMM uuuu"), formatter("MMMM d uuuu"));
  private static final Pattern WEEKDAY_TAIL = Pattern.compile("^(\\p{L}{3}, \\d{1,2} \\p{L}{3} \\d{4}).*");

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern(pattern).toFormatter(Locale.ENGLISH);
  }

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
    Matcher rfc = WEEKDAY_TAIL.matcher(v);
    String candidate = rfc.matches() ? rfc.group(1) : v.replace(".", "");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(candidate, f).toString();
      } catch (DateTimeParseException e) {
        // try the next way of writing a date
      }
    }
    return null;
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
