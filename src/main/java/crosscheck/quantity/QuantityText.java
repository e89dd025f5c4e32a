package crosscheck.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A short normalised reading of a quantity, "bound value unit [per P] [change D] [approx]", e.g.
 * "more-than 300000000 USD per month" or "range [35, 50] kg". Rule examples state their expected
 * result in this form, and {@code extract --format text} prints it.
 */
public final class QuantityText {
  private QuantityText() {}

  public static String describe(Quantity q) {
    StringBuilder b = new StringBuilder(q.bound().id()).append(' ');
    if (q.bound() == Bound.RANGE) {
      b.append(q.lowInclusive() ? '[' : '(').append(number(q.low())).append(", ")
          .append(number(q.high())).append(q.highInclusive() ? ']' : ')');
    } else {
      b.append(number(q.point()));
    }
    b.append(' ').append(q.unit());
    if (q.per() != null) {
      b.append(" per ").append(q.per());
    }
    if (q.change() != null) {
      b.append(" change ").append(q.change().id());
    }
    if (q.approximate() && q.bound() != Bound.APPROX) {
      b.append(" approx");
    }
    return b.toString();
  }

  /** Six significant digits, no exponent, no trailing zeros: 33.3333, 300000000, -1.7. */
  static String number(Double v) {
    if (v == null) {
      return "?";
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
