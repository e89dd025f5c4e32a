package crosscheck.peers;

import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * A fake extractor for testing the harness itself: it answers each in-scope case of a suite with
 * quantities built from that case's expected results (first reading, values passed through
 * {@code change}), so that a harness that scores correctly passes all of them unchanged and none
 * of the non-empty ones when the values are off.
 */
final class Oracle {
  private Oracle() {}

  static Function<String, List<Quantity>> of(PeerSuite suite, UnitTable units, DoubleUnaryOperator change) {
    Map<String, List<Quantity>> answers = new HashMap<>();
    for (PeerCase c : suite.cases()) {
      if (c.inScope()) {
        List<Quantity> quantities = new ArrayList<>();
        for (Expected e : c.expected()) {
          quantities.add(quantity(c.input(), e, e.readings().get(0), units, change));
        }
        answers.putIfAbsent(c.input(), quantities);
      }
    }
    return text -> answers.getOrDefault(text, List.of());
  }

  static Quantity quantity(String input, Expected e, Reading r, UnitTable units, DoubleUnaryOperator change) {
    Interval v = r.value();
    Double low = v.low() == null ? null : change.applyAsDouble(v.low());
    Double high = v.high() == null ? null : change.applyAsDouble(v.high());
    String unit = r.unit() == null ? "count" : r.unit();
    String per = null;
    int split = unit.indexOf(" per ");
    if (split >= 0) {
      per = unit.substring(split + " per ".length());
      unit = unit.substring(0, split);
    }
    String dimension = units.base(unit, Interval.point(1)).dimension().replaceFirst("^currency:.*", "currency");
    Double point = v.isPoint() ? low : null;
    Bound bound;
    if (v.isPoint()) {
      bound = Bound.EXACT;
    } else if (low != null && high != null) {
      bound = Bound.RANGE;
    } else if (low != null) {
      bound = v.lowInclusive() ? Bound.AT_LEAST : Bound.MORE_THAN;
      point = low;
    } else {
      bound = v.highInclusive() ? Bound.AT_MOST : Bound.LESS_THAN;
      point = high;
    }
    return new Quantity(input.substring(e.start(), e.end()), e.start(), e.end(), point, low, high,
        v.lowInclusive(), v.highInclusive(), null, bound, false, unit, dimension, per, null);
  }
}
