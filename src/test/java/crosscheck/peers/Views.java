package crosscheck.peers;

import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Projections of crosscheck's quantities onto what one peer model reports. A peer that only
 * reports currencies is compared with crosscheck's currency quantities, so the other numbers of
 * the sentence are neither required nor held against it.
 */
final class Views {
  private Views() {}

  /**
   * Recognizers NumberModel: every number crosscheck states, whatever its unit (units are scored
   * by the unit models): the point, or both ends of a range.
   */
  static Function<List<Quantity>, List<Got>> numbers() {
    return quantities -> {
      List<Got> got = new ArrayList<>();
      for (Quantity q : stated(quantities)) {
        List<Double> numbers = q.point() != null ? List.of(q.point()) : ends(q);
        for (Double n : numbers) {
          got.add(new Got(q.surface(), q.start(), q.end(), null, Interval.point(n)));
        }
      }
      return got;
    };
  }

  /**
   * Recognizers NumberRangeModel: every quantity as the interval it allows; an exact or hedged
   * number as the closed point ("equal to 20" is [20,20]), units ignored.
   */
  static Function<List<Quantity>, List<Got>> intervals() {
    return quantities -> stated(quantities).stream()
        .map(q -> new Got(q.surface(), q.start(), q.end(), null, interval(q, true)))
        .toList();
  }

  /** Which of crosscheck's rate periods ({@link Quantity#per()}) the peer model has a unit for. */
  enum Rates {
    /** The peer has no rates (Recognizers CurrencyModel): "$ 98 a share" is 98 USD. */
    NONE,
    /** Only speeds (Recognizers DimensionModel): "188 miles an hour" may be "mi per hour",
     * but "500,000 barrels a day" is 500,000 bbl. */
    SPEED,
    /** Every rate is a unit (quantulum3): "$15.4/hour" is "USD per hour". */
    ALL
  }

  /**
   * The unit models: quantities of the given dimensions (all when null), with unit. The value is
   * the stated point, or the range's interval.
   */
  static Function<List<Quantity>, List<Got>> measures(UnitTable units, Set<String> dimensions, Rates rates) {
    return quantities -> stated(quantities).stream()
        .filter(q -> dimensions == null || dimensions.contains(q.dimension()))
        .map(q -> new Got(q.surface(), q.start(), q.end(), unit(q, units, rates), interval(q, false)))
        .toList();
  }

  /** The unit id, a count's noun unit ("drones") read as count, and the rate period if asked. */
  static String unit(Quantity q, UnitTable units, Rates rates) {
    String id = String.valueOf(q.unit());
    if (!units.knows(id) && ("count".equals(q.dimension()) || "ratio".equals(q.dimension()))) {
      id = "count";
    }
    boolean applies = switch (rates) {
      case NONE -> false;
      case SPEED -> "length".equals(q.dimension());
      case ALL -> true;
    };
    return applies && units.knows(q.per()) ? id + " per " + q.per() : id;
  }

  /**
   * The quantities as the text states them, which is what the peers report: a decrease keeps the
   * stated magnitude (crosscheck signs "fell by 500,000 barrels" as -500,000 with change down; the
   * peers have no change direction and report 500,000), and a share written as a fraction ("two
   * thirds of", "1/2 of", which crosscheck reports in percent so that shares compare with
   * percentages) is the stated ratio 0.667.
   */
  static List<Quantity> stated(List<Quantity> quantities) {
    List<Quantity> out = new ArrayList<>(quantities.size());
    for (Quantity q : quantities) {
      if (q.change() == Change.DOWN) {
        q = new Quantity(q.surface(), q.start(), q.end(), neg(q.point()), neg(q.high()), neg(q.low()),
            q.highInclusive(), q.lowInclusive(), q.precision(), q.bound(), q.approximate(), q.unit(),
            q.dimension(), q.per(), q.change());
      }
      if (isShare(q)) {
        q = new Quantity(q.surface(), q.start(), q.end(), div(q.point()), div(q.low()), div(q.high()),
            q.lowInclusive(), q.highInclusive(), div(q.precision()), q.bound(), q.approximate(), "ratio",
            "count", q.per(), q.change());
      }
      out.add(q);
    }
    return out;
  }

  /** A percent whose surface has no percent sign or word: a fraction read as a share. */
  private static boolean isShare(Quantity q) {
    String s = q.surface().toLowerCase(java.util.Locale.ROOT);
    return "percent".equals(q.unit()) && !s.contains("%") && !s.contains("per") && !s.contains("pct");
  }

  private static Double neg(Double v) {
    return v == null ? null : -v;
  }

  private static Double div(Double v) {
    return v == null ? null : v / 100;
  }

  private static Interval interval(Quantity q, boolean pointForExact) {
    boolean exact = q.bound() == Bound.EXACT || q.bound() == Bound.APPROX;
    if (q.point() != null && (exact || !pointForExact)) {
      return Interval.point(q.point());
    }
    return new Interval(q.low(), q.high(), q.lowInclusive(), q.highInclusive());
  }

  private static List<Double> ends(Quantity q) {
    List<Double> ends = new ArrayList<>();
    if (q.low() != null) {
      ends.add(q.low());
    }
    if (q.high() != null && !q.high().equals(q.low())) {
      ends.add(q.high());
    }
    return ends;
  }
}
