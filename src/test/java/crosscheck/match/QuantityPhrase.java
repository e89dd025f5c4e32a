package crosscheck.match;

import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test notation for quantities, so verdict examples can be written as text while the quantity
 * engine lives on another branch: {@code [rose by|fell by] [qualifier] [$|£|€] number[-number]
 * [thousand|million|billion|trillion] [unit] [counted noun words]}. Qualifiers: over, more than,
 * above (more-than); at least; up to, at most; under, less than, fewer than (less-than); about,
 * around, approximately, roughly, some, an estimated, nearly, almost (approx). Units: %, percent,
 * pp, percentage points, km, kg, rubles, yuan, pounds, dollars, persons words (killed, men,
 * soldiers, troops, personnel, people) or else a plain count whose following words are the
 * counted noun. Precision is the place value of the last stated non-zero digit (of the last
 * digit after a decimal point), as the quantity contract defines it.
 */
public final class QuantityPhrase {
  private static final Pattern NUMBER =
      Pattern.compile("([$£€])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:-(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?)?");
  private static final Map<String, Bound> QUALIFIERS = Map.ofEntries(
      Map.entry("over", Bound.MORE_THAN), Map.entry("more than", Bound.MORE_THAN), Map.entry("above", Bound.MORE_THAN),
      Map.entry("at least", Bound.AT_LEAST), Map.entry("up to", Bound.AT_MOST), Map.entry("at most", Bound.AT_MOST),
      Map.entry("under", Bound.LESS_THAN), Map.entry("less than", Bound.LESS_THAN), Map.entry("fewer than", Bound.LESS_THAN),
      Map.entry("about", Bound.APPROX), Map.entry("around", Bound.APPROX), Map.entry("approximately", Bound.APPROX),
      Map.entry("roughly", Bound.APPROX), Map.entry("some", Bound.APPROX), Map.entry("an estimated", Bound.APPROX),
      Map.entry("nearly", Bound.APPROX), Map.entry("almost", Bound.APPROX));
  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  private static final List<String> PERSONS =
      List.of("killed", "men", "soldiers", "troops", "personnel", "military personnel", "people", "persons", "dead", "wounded");

  private QuantityPhrase() {}

  /** A parsed phrase: the quantity (offsets relative to the phrase) and the words after it. */
  public record Parsed(Quantity quantity, String rest) {}

  public static Parsed parse(String phrase, int offset) {
    String p = phrase.strip();
    String lower = p.toLowerCase(Locale.ROOT);
    Change change = null;
    if (lower.startsWith("rose by ") || lower.startsWith("fell by ")) {
      change = lower.startsWith("rose") ? Change.UP : Change.DOWN;
    }
    Matcher m = NUMBER.matcher(p);
    if (!m.find()) {
      throw new IllegalArgumentException("no number in '" + phrase + "'");
    }
    String before = lower.substring(change == null ? 0 : 8, m.start()).strip();
    Bound bound = before.isEmpty() ? Bound.EXACT : QUALIFIERS.get(before);
    if (bound == null) {
      throw new IllegalArgumentException("unknown qualifier '" + before + "' in '" + phrase + "'");
    }
    String after = p.substring(m.end()).replaceFirst("^%", "% ").strip();
    String[] words = after.isEmpty() ? new String[0] : after.split(" +");
    int used = 0;
    double scale = 1;
    if (used < words.length && SCALES.containsKey(words[used].toLowerCase(Locale.ROOT))) {
      scale = SCALES.get(words[used++].toLowerCase(Locale.ROOT));
    }
    String sign = m.group(1);
    String unit = sign == null ? "count" : switch (sign) {
      case "$" -> "USD";
      case "£" -> "GBP";
      default -> "EUR";
    };
    String dimension = sign == null ? "count" : "currency";
    String next = used < words.length ? words[used].toLowerCase(Locale.ROOT) : "";
    String nextTwo = used + 1 < words.length ? next + " " + words[used + 1].toLowerCase(Locale.ROOT) : next;
    if (next.equals("%") || next.equals("percent")) {
      unit = "percent"; dimension = "percent"; used++;
    } else if (next.equals("pp") || nextTwo.equals("percentage points")) {
      unit = "percentage-points"; dimension = "percentage-points"; used += next.equals("pp") ? 1 : 2;
    } else if (sign == null && List.of("km", "kg", "rubles", "yuan", "pounds", "dollars").contains(next)) {
      unit = switch (next) {
        case "km" -> "km"; case "kg" -> "kg"; case "rubles" -> "RUB"; case "yuan" -> "CNY"; case "pounds" -> "GBP"; default -> "USD";
      };
      dimension = switch (next) {
        case "km" -> "length"; case "kg" -> "mass"; default -> "currency";
      };
      used++;
    } else if (sign == null && (PERSONS.contains(nextTwo) || PERSONS.contains(next))) {
      unit = "persons";
    }
    int surfaceEnd = m.end();
    for (int i = 0; i < used; i++) {
      surfaceEnd = p.indexOf(words[i], surfaceEnd) + words[i].length();
    }
    BigDecimal a = number(m.group(2), m.group(3));
    double precision = precision(m.group(2), m.group(3)) * scale;
    double av = a.doubleValue() * scale;
    Double point = av;
    Double low = av;
    Double high = av;
    boolean lowIn = true;
    boolean highIn = true;
    if (m.group(4) != null) {
      bound = bound == Bound.APPROX ? Bound.APPROX : Bound.RANGE;
      point = null;
      high = number(m.group(4), m.group(5)).doubleValue() * scale;
      precision = precision(m.group(4), m.group(5)) * scale;
    } else {
      switch (bound) {
        case MORE_THAN, AT_LEAST -> { high = null; lowIn = bound == Bound.AT_LEAST; }
        case AT_MOST, LESS_THAN -> { low = null; highIn = bound == Bound.AT_MOST; }
        default -> { }
      }
    }
    String surface = p.substring(0, surfaceEnd);
    Quantity q = new Quantity(surface, offset, offset + surface.length(), point, low, high, lowIn, highIn,
        precision, bound, bound == Bound.APPROX, unit, dimension, null, change);
    return new Parsed(q, p.substring(surfaceEnd).strip());
  }

  private static BigDecimal number(String whole, String fraction) {
    return new BigDecimal(whole.replace(",", "") + (fraction == null ? "" : "." + fraction));
  }

  private static double precision(String whole, String fraction) {
    if (fraction != null) {
      return Math.pow(10, -fraction.length());
    }
    String digits = whole.replace(",", "");
    int zeros = 0;
    for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
      zeros++;
    }
    return Math.pow(10, zeros);
  }
}
