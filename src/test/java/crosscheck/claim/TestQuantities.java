package crosscheck.claim;

import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;
import crosscheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds {@link Quantity} records for known surfaces in a text, standing in for the quantity engine
 * (built on another branch) so the claim logic is tested on its own. Handles the forms of the seeds
 * and fixtures: "$293 billion", "around 90 percent", "between 35 and 50 kilograms", "more than $300
 * million", "one third", "two", "£64.6 billion", "over three years".
 */
final class TestQuantities {
  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("twelve", 12.0),
          Map.entry("twenty", 20.0));
  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6);

  private TestQuantities() {}

  /**
   * The quantity whose surface is the first occurrence of {@code surface} at or after {@code from}.
   */
  static Quantity at(String text, String surface, int from) {
    int start = text.indexOf(surface, from);
    if (start < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in the text");
    }
    return parse(surface, start, perBefore(text, start));
  }

  static Quantity at(String text, String surface) {
    return at(text, surface, 0);
  }

  /** A quantity source for the claim extractor: the given quantities that lie in each sentence. */
  static Function<Sentence, List<Quantity>> source(List<Quantity> qs) {
    return s -> qs.stream().filter(q -> q.start() >= s.start() && q.end() <= s.end()).toList();
  }

  private static String perBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 60), start).toLowerCase(Locale.ROOT);
    return before.contains("monthly") || before.contains("a month") ? "month" : null;
  }

  static Quantity parse(String surface, int start, String per) {
    String s = surface.toLowerCase(Locale.ROOT);
    List<Double> numbers = new ArrayList<>();
    List<Double> precisions = new ArrayList<>();
    String[] words = s.replace("$", " $ ").replace("£", " £ ").replace("%", " % ").split("[\\s]+");
    double scale = 1;
    boolean fraction = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        String d = w.replace(",", "");
        numbers.add(Double.parseDouble(d));
        int dot = d.indexOf('.');
        precisions.add(dot < 0 ? lastPlace(d) : Math.pow(10, -(d.length() - dot - 1)));
      } else if (WORDS.containsKey(w)) {
        numbers.add(WORDS.get(w));
        precisions.add(1.0);
      } else if (w.equals("third") || w.equals("thirds")) {
        fraction = true;
      } else if (w.equals("a") && i + 1 < words.length && words[i + 1].equals("ninth")) {
        // "a ninth": read as the fraction 1/9 of a whole, as the quantity stage does
        numbers.add(1.0 / 9);
        precisions.add(1.0);
      } else if (SCALES.containsKey(w)) {
        scale = SCALES.get(w);
      }
    }
    boolean range = numbers.size() >= 2 && (s.startsWith("between") || s.contains(" to "));
    double first = numbers.get(0) * scale;
    double prec = precisions.get(0) * scale;
    String unit = "count";
    String dim = "count";
    if (fraction) {
      first = numbers.get(0) / 3 * 100;
      prec = 1;
      unit = "percent";
      dim = "percent";
    } else if (s.contains("$") || s.contains("dollar")) {
      unit = "USD";
      dim = "currency";
    } else if (s.contains("£") || s.contains("pound")) {
      unit = "GBP";
      dim = "currency";
    } else if (s.contains("yuan")) {
      unit = "CNY";
      dim = "currency";
    } else if (s.contains("percent") || s.contains("%")) {
      unit = "percent";
      dim = "percent";
    } else if (s.contains("kilogram") || s.contains(" kg")) {
      unit = "kg";
      dim = "mass";
    } else if (s.endsWith(" km") || s.contains("kilomet")) {
      unit = "km";
      dim = "length";
    } else if (s.contains("year")) {
      unit = "year";
      dim = "duration";
    } else if (s.matches(
        ".*\\b(men|personnel|soldiers|troops|individuals|people|casualties)\\b.*")) {
      unit = "persons";
    }
    Bound bound = Bound.EXACT;
    boolean approx = false;
    if (range) {
      bound = Bound.RANGE;
    } else if (s.startsWith("more than") || s.startsWith("over")) {
      bound = Bound.MORE_THAN;
    } else if (s.startsWith("at least")) {
      bound = Bound.AT_LEAST;
    } else if (s.startsWith("around")
        || s.startsWith("about")
        || s.startsWith("an estimated")
        || s.startsWith("some ")
        || s.startsWith("nearly")
        || s.startsWith("roughly")
        || fraction) {
      bound = Bound.APPROX;
      approx = true;
    }
    Change change =
        s.contains("fell") || s.contains("down") || s.contains("decline")
            ? Change.DOWN
            : s.contains("grew") || s.contains("increase") || s.contains("rose") ? Change.UP : null;
    Double point = range ? null : first;
    Double low = range ? Double.valueOf(numbers.get(0) * scale) : Double.valueOf(first);
    Double high =
        range
            ? Double.valueOf(numbers.get(1) * scale)
            : bound == Bound.MORE_THAN || bound == Bound.AT_LEAST ? null : Double.valueOf(first);
    return new Quantity(
        surface,
        start,
        start + surface.length(),
        point,
        low,
        high,
        bound != Bound.MORE_THAN,
        bound != Bound.MORE_THAN,
        prec,
        bound,
        approx,
        unit,
        dim,
        per,
        change);
  }

  private static double lastPlace(String digits) {
    int zeros = 0;
    for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
      zeros++;
    }
    return Math.pow(10, zeros);
  }
}
