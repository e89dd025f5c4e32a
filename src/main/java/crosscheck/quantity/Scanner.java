package crosscheck.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over the tokens of a text: at each token that can start a number (digits,
 * a number word, a currency sign) it reads the number and the words around it into a {@link
 * Piece}, joins ranges ("35-50 kg", "between 35 and 50"), and skips what is not a quantity. One
 * instance per call; holds no state between calls.
 */
final class Scanner {
  private final Lexicon lex;
  private final PieceReader pieces;
  private final Context context;
  private final NotQuantity not;
  private final Tokens t;
  private final Neighbours neighbours;
  private final int textFrom;
  private final int base;
  private final List<Quantity> out = new ArrayList<>();
  /** The first value of "from A to B": B, right after "to", takes A's unit. */
  private Piece moveFrom;
  private int moveIndex = -1;
  /** The previous single value: "6.7% of GDP, up from 3.9%" gives the second the first's unit. */
  private Piece last;
  /** Token end of the last emitted quantity: "more than 10 and less than 40", "at least 5, at most 9" join into one range. */
  private int lastTo = -2;

  Scanner(Lexicon lex, String text, int from, int to, int base) {
    this.lex = lex;
    this.context = new Context(lex);
    this.not = new NotQuantity(lex);
    this.t = new Tokens(text, from, to);
    this.pieces = new PieceReader(lex, t);
    this.neighbours = new Neighbours(t, pieces, p -> rejectAlone(p, false));
    this.textFrom = from;
    this.base = base;
  }

  List<Quantity> run() {
    int i = 0;
    while (i < t.size()) {
      i = NotQuantity.isUrl(t, i) ? NotQuantity.pastUrl(t, i) : Math.max(i + 1, step(i));
    }
    return out;
  }

  /** Reads at token i; returns the next token to look at. */
  private int step(int i) {
    Piece a = pieces.read(i);
    if (a == null) {
      return i + 1;
    }
    if (a.num.reject) {
      return a.consumed;
    }
    neighbours.ratio(a);
    Piece b = null;
    int connector = a.to;
    if (t.isDash(connector) && t.glued(connector - 1) && t.is(connector + 1, "to")) {
      connector++; // "an 8- to 16-meter telescope", "a 10- to 15-year sentence"
    }
    boolean between = t.is(a.from - 1, "between");
    if (!a.num.fraction && !a.num.vague && !movesFrom(a)) {
      boolean joins = t.isDash(connector) || t.is(connector, "to") || t.is(connector, "through")
          || t.isMark(connector, '~') || (between && t.is(connector, "and"));
      b = joins ? pieces.readEnd(connector + 1) : null;
      if (b != null && (b.num.reject || b.num.fraction || b.num.vague)) {
        b = null;
      }
    }
    if (b != null && NotQuantity.yearLike(t, a.num) && a.unit == null
        && (NotQuantity.yearLike(t, b.num) || b.num.plainInteger && t.length(b.num.from) == 2)) {
      return b.consumed;
    }
    if (NotQuantity.phone(t, a.num.from, a.num.to)) {
      return pieces.phone(a.num.from).consumed;
    }
    if (rejectAlone(a, b != null)) {
      return a.consumed;
    }
    if (b != null && range(a, b)) {
      if (between) {
        a.from = a.from - 1;
      }
      context(a, b.to);
      a.consumed = Math.max(a.consumed, b.consumed);
      emit(a, b);
      return a.consumed;
    }
    if (b != null && t.isDash(connector) && t.glued(connector - 1) && b.from == b.num.from) {
      return b.consumed; // "3-2", "1-0": a score or code, not two amounts ("$5m-€4m" is two)
    }
    if (b != null && rejectAlone(a, false)) {
      return a.consumed;
    }
    neighbours.sharedUnit(a);
    context(a, a.to);
    if (moveFrom != null && t.is(a.from - 1, "to") && moveFrom.to == a.from - 1) {
      if (inherits(a, moveFrom)) {
        a.unit = moveFrom.unit;
      } else if (inherits(moveFrom, a) && moveIndex >= 0) {
        moveFrom.unit = a.unit;
        out.set(moveIndex, QuantityBuilder.build(t, base - textFrom, moveFrom, null));
      }
    }
    if (t.is(a.from - 1, "from") && last != null && a.from - last.to <= 4 && inherits(a, last)) {
      a.unit = last.unit;
    }
    last = a;
    moveFrom = movesFrom(a) && t.is(a.to, "to") ? a : null;
    moveIndex = -1;
    if (keep(a)) {
      emit(a, null);
      moveIndex = moveFrom == null ? -1 : out.size() - 1;
    }
    return a.consumed;
  }

  /** The single-number non-quantity rules: times, dates, labels, list numbers, years (unless ranged). */
  private boolean rejectAlone(Piece a, boolean ranged) {
    Num n = a.num;
    if (n.words || n.fraction || n.vague) {
      return false;
    }
    int from = n.from;
    return not.time(t, n) || not.date(t, from, n.to) || not.label(t, from)
        || NotQuantity.listNumber(t, from, n.to, textFrom)
        || (a.unit == null && a.from == n.from && NotQuantity.modelName(t, n))
        || (!ranged && NotQuantity.yearLike(t, n) && a.from == n.from && !strictBoundBefore(from)
            && (a.unit == null || not.yearPreposition(t, from - 1)));
  }

  /** "above 1000", "less than 1500": a strict comparison makes a year-like number a count ("around 1500" stays a year). */
  private boolean strictBoundBefore(int from) {
    Phrases.Match<HedgeRule> h = context.hedgeBefore(t, from);
    return h != null && (h.value().boundValue() == Bound.MORE_THAN || h.value().boundValue() == Bound.LESS_THAN);
  }

  /**
   * Joins A and B into a range when B is larger and both ends are in the same unit or currency
   * (stated on one end or on both: "$280 million and $320 million"); shares scale and unit between
   * them. Changes nothing when they do not join ("$5 million and €4 million" stay two amounts).
   */
  private boolean range(Piece a, Piece b) {
    if (rejectAlone(b, false) || NotQuantity.phone(t, b.num.from, b.num.to)) {
      return false;
    }
    if (a.unit != null && b.unit != null && a.unit != b.unit) {
      return false;
    }
    double scale = a.num.scale == 1 && b.num.scale > 1 && !a.num.words ? b.num.scale : 1;
    if (b.num.value <= a.num.value * scale) {
      return false;
    }
    a.num.value *= scale;
    a.num.precision *= scale;
    if (a.unit == null) {
      a.unit = b.unit;
    } else if (b.unit == null) {
      b.unit = a.unit;
    }
    a.to = Math.max(a.to, b.to);
    return true;
  }

  /**
   * "raise the target from 2% to 5%", "rose from 128 to 146": two values, not a range, when a
   * change word stands shortly before "from" in the same clause (rules/changes.yaml); a plain
   * "from 5 to 10 kg" is a range.
   */
  private boolean movesFrom(Piece a) {
    Phrases.Match<HedgeRule> h = context.hedgeBefore(t, a.from);
    if (h != null && h.value().boundValue() == Bound.RANGE) {
      return false;
    }
    int from = fromBefore(a);
    return from >= 0 && context.moverBefore(t, from);
  }

  /** The token of "from" at most four words before the piece ("from the current 2%"), or -1. */
  private int fromBefore(Piece a) {
    for (int j = a.from - 1; j >= 0 && j >= a.from - 4; j--) {
      if (t.is(j, "from")) {
        return j;
      }
      if (!t.isWord(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** b takes a's unit when it has none, or a less specific one of the same dimension (percent). */
  private static boolean inherits(Piece b, Piece a) {
    if (a.unit == null || b.unit == a.unit) {
      return false;
    }
    return b.unit == null || b.unit.dimension().equals(a.unit.dimension())
        && b.unit.unit().equals(b.unit.dimension());
  }

  /** Hedge, "between", change and rate around the piece whose number ends at token end. */
  private void context(Piece p, int end) {
    int s = t.is(p.from - 1, "between") ? p.from - 1 : p.from;
    Phrases.Match<HedgeRule> h = context.hedgeBefore(t, s);
    if (h != null) {
      p.hedge = h.value();
      s = h.from();
      boolean secondBound = t.is(p.to + 2, "to") && pieces.read(p.to + 3) != null; // "5000 or equal to 6000"
      if (t.is(p.to, "or") && t.is(p.to + 1, "equal") && !secondBound) {
        p.orEqual = true; // "less than 5000 or equal (to)"
        p.to += t.is(p.to + 2, "to") ? 3 : 2;
      }
    }
    Phrases.Match<HedgeRule> after = lex.hedgesAfter.from(t, p.to);
    if (after != null && t.is(after.to(), "than") && pieces.read(after.to() + 1) != null) {
      after = null; // "5000 or less than 6000": a second bound starts, not "or less"
    }
    if (after != null && (h == null || h.value().boundValue() == Bound.APPROX && after.value().boundValue() != Bound.APPROX)) {
      // "about 500 or more": the stated bound outweighs the hedge
      p.hedge = after.value();
      p.to = after.to();
    }
    Phrases.Match<Change> c = context.changeBefore(t, s);
    if (c != null) {
      p.change = c.value();
      s = c.from();
    } else {
      Phrases.Match<Change> noun = lex.changeNouns.from(t, p.to);
      if (noun != null) {
        p.change = noun.value();
        p.to = noun.to();
      }
    }
    p.from = Math.min(p.from, s);
    p.consumed = Math.max(p.consumed, p.to);
    context.rateAfter(t, p, p.to);
    if (p.per == null) {
      context.rateBefore(t, p);
    }
  }

  /**
   * Small counts written as one word with nothing around them are discourse ("two countries");
   * more words make a stated amount ("half a dozen", "minus one").
   */
  private boolean keep(Piece p) {
    Num n = p.num;
    if (!n.words || n.fraction || n.vague || p.hedge != null || p.change != null || n.to - n.from > 1) {
      return true;
    }
    return p.unit != null || Math.abs(n.value) >= 10 || n.value != Math.rint(n.value);
  }

  private void emit(Piece a, Piece b) {
    Quantity q = QuantityBuilder.build(t, base - textFrom, a, b);
    Quantity before = out.isEmpty() ? null : out.get(out.size() - 1);
    Quantity joined = b == null && before != null && lastTo + 1 == a.from && (t.is(lastTo, "and") || t.isMark(lastTo, ','))
        ? Bounds.join(before, q, t.text, base - textFrom) : null;
    if (joined != null) {
      out.set(out.size() - 1, joined);
    } else {
      out.add(q);
    }
    lastTo = a.to;
  }
}
