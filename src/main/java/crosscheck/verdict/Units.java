package crosscheck.verdict;

import crosscheck.quantity.Quantity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Words for units, gaps and suspected slips in reasons. */
final class Units {
  private static final List<String> SCALES = List.of("thousand", "million", "billion", "trillion");
  private static final double[] SLIP_RATIOS = {1e3, 1e6, 1e9};
  private static final double SLIP_SLACK = 0.05;

  private Units() {}

  /** "GBP and USD", "percent and percentage points", "per month and per year". */
  static String describe(String a, String b) {
    return word(a) + " and " + word(b);
  }

  private static String word(String dimension) {
    String d = dimension.replace(" change", " (change)");
    int slash = d.indexOf('/');
    String per = slash < 0 ? "" : " per " + d.substring(slash + 1);
    String base = slash < 0 ? d : d.substring(0, slash);
    if (base.startsWith("currency:")) {
      base = base.substring("currency:".length());
    }
    return base.replace("percentage-points", "percentage points") + per;
  }

  static String note(String a, String b) {
    if (a.startsWith("currency:") && b.startsWith("currency:")) {
      return "no exchange rate is applied, so the amounts are not compared";
    }
    if (a.startsWith("percent") && b.startsWith("percent")) {
      return "possible unit slip, a change in percent is not one in percentage points";
    }
    return "rates over different periods are not compared";
  }

  /**
   * A suspected scale slip between two incompatible values: about 1,000, a million or a billion
   * times apart, named by their scale words when they differ ("million vs billion").
   */
  static Optional<String> slip(Quantity a, Quantity b) {
    if (a.point() == null || b.point() == null || a.point() == 0 || b.point() == 0) {
      return Optional.empty();
    }
    double ratio = Math.max(Math.abs(a.point()), Math.abs(b.point())) / Math.min(Math.abs(a.point()), Math.abs(b.point()));
    for (double r : SLIP_RATIOS) {
      if (Math.abs(ratio / r - 1) <= SLIP_SLACK) {
        String sa = scale(a.surface());
        String sb = scale(b.surface());
        return Optional.of(sa != null && sb != null && !sa.equals(sb) ? sa + " vs " + sb : "values " + times(ratio) + " apart");
      }
    }
    return Optional.empty();
  }

  private static String scale(String surface) {
    String s = surface == null ? "" : surface.toLowerCase(Locale.ROOT);
    for (String w : SCALES) {
      if (s.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** "1,000x". */
  static String times(double ratio) {
    return String.format(Locale.ROOT, "%,.0fx", ratio);
  }

  /** 0.4 -> "40%", 0.054 -> "5.4%", 0.0004 -> "0.04%". */
  static String percent(double r) {
    double p = r * 100;
    String s = p >= 10 ? String.format(Locale.ROOT, "%.0f", p)
        : p >= 1 ? String.format(Locale.ROOT, "%.1f", p)
        : String.format(Locale.ROOT, "%.2f", p);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s + "%";
  }
}
