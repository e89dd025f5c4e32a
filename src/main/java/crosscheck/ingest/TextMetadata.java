package crosscheck.ingest;

import java.lang.Character.UnicodeScript;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata found in the article text itself: a copyright footer ("(c) 2025 WTOP") gives a year
 * and perhaps the outlet; a dateline ("KYIV, March 3, 2025 (Reuters) —") a date and the agency.
 * Read before boilerplate removal, since the footer is removed.
 *
 * @param source the outlet, or null
 * @param published ISO date or year, or null
 */
record TextMetadata(String source, String published) {
  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)|[Cc]opyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*[-–]\\s*)?(\\d{4})\\b[\\s,]*([^.\\n|]{2,60})?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_OUTLET = Pattern.compile("(?i)^(?:all rights|the author|by\\b)");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu}.' -]{1,30}(?:, \\p{Lu}[\\p{L}.]{1,20}(?: \\p{Lu}[\\p{L}.]{1,20})?)?"
          + "(?:,? (\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8} \\d{4}))?"
          + " ?(?:\\((\\p{Lu}[\\p{L}.&/ ]{1,30})\\))? ?[—–-]{1,2} ");
  private static final int LINES_FOR_DATELINE = 3;
  private static final int MAX_FOOTER_LINE = 300;

  /** What the lines of a normalised text say about its outlet and date. */
  static TextMetadata find(String[] lines, UnicodeScript documentScript) {
    String source = null;
    String published = null;
    int lineNo = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      lineNo++;
      if (lineNo <= LINES_FOR_DATELINE && (source == null || published == null)) {
        Matcher d = DATELINE.matcher(line);
        if (d.lookingAt()) {
          published = published == null ? Dates.normalise(d.group(1)) : published;
          source = source == null ? d.group(2) : source;
        }
      }
      char first = line.charAt(0);
      if (line.length() <= MAX_FOOTER_LINE && (first == '\u00a9' || first == '(' || first == 'C' || first == 'c')) {
        Matcher c = COPYRIGHT.matcher(line);
        if (c.lookingAt()) {
          published = published == null ? c.group(1) : published;
          source = source == null ? outlet(c.group(2), documentScript) : source;
        }
      }
    }
    return new TextMetadata(source, published);
  }

  /** The outlet named in a footer, unless it is not a name or is in another script (spam). */
  private static String outlet(String candidate, UnicodeScript documentScript) {
    if (candidate == null || NOT_OUTLET.matcher(candidate.strip()).find()) {
      return null;
    }
    UnicodeScript script = Scripts.of(candidate).dominant();
    if (script == null || (documentScript != null && script != documentScript)) {
      return null;
    }
    return candidate.strip();
  }
}
