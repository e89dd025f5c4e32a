package crosscheck.quantity;

import java.util.Set;

/**
 * Reads what stands around a number: its unit (before or after), hedge, change direction and rate
 * period. Looks at a bounded window of tokens each time.
 */
final class Context {
  /** Words that end the adjectives between a number and its count noun ("600 military personnel"). */
  private static final Set<String> STOP = Set.of(
      "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with",
      "that", "which", "who", "were", "was", "are", "is", "have", "had", "has", "be", "been", "its",
      "their", "his", "her", "per", "every", "each", "than", "as");
  private static final int RATE_WINDOW = 8;

  private final Lexicon lex;

  Context(Lexicon lex) {
    this.lex = lex;
  }

  /** A currency or unit prefix ending right before token i, or before a glued sign: "$", "US$", "USD" (even glued), "€", "$-". */
  Phrases.Match<UnitRule> prefix(Tokens t, int i) {
    Phrases.Match<UnitRule> code = lex.unitCodes.endingAt(t, i - 1);
    if (code != null && code.to() == i) {
      return code;
    }
    Phrases.Match<UnitRule> p = lex.unitPrefixes.endingAt(t, i - 1);
    if (p == null && (t.isMark(i - 1, '-') || t.isMark(i - 1, '\u2212')) && t.glued(i - 1) && t.glued(i - 2)) {
      return lex.unitPrefixes.endingAt(t, i - 2); // "$-99.99": the sign after the currency symbol
    }
    return p != null && t.start(i) - t.end(i - 1) <= 1 ? p : null;
  }

  /** The unit after the number at token k (exclusive end of the number), or null. */
  Phrases.Match<UnitRule> unitAfter(Tokens t, int k, boolean glued) {
    Phrases.Match<UnitRule> m = lex.unitAt(t, k);
    if (m != null || glued) {
      return m;
    }
    Phrases.Match<UnitRule> bracketed = bracketed(t, k);
    if (bracketed != null) {
      return bracketed;
    }
    int at = t.is(k, "of") ? k : k - 1;
    for (int skip = 0; skip <= 2; skip++) {
      at = initials(t, at + 1);
      Phrases.Match<UnitRule> c = lex.unitAt(t, at);
      if (c != null && c.value().counted()) {
        return c;
      }
      if (!t.isWord(at) || STOP.contains(t.text(at).toLowerCase(java.util.Locale.ROOT))
          || lex.word(t, at) != null || lex.unitAt(t, at) != null) {
        return null;
      }
    }
    return null;
  }

  /** A guarded unit word at k ("in") that the sentence end or one of its guards ("thick") confirms, or null. */
  Phrases.Match<UnitRule> guardedUnit(Tokens t, int k) {
    Phrases.Match<UnitRule> m = lex.guardedUnits.from(t, k);
    if (m == null) {
      return null;
    }
    int e = m.to();
    boolean end = e >= t.size() || t.isMark(e, '.') || t.isMark(e, '!') || t.isMark(e, '?') || t.isMark(e, ';')
        || t.isMark(e, ')');
    return end || t.isWord(e) && m.value().guards().contains(t.text(e).toLowerCase(java.util.Locale.ROOT)) ? m : null;
  }

  /** Whether a rate period follows at token k: "a week", "per day", "/h", "annually". */
  boolean rateFollows(Tokens t, int k) {
    if (lex.rateAdjectives.from(t, k) != null) {
      return true;
    }
    boolean marker = t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "each") || t.is(k, "every")
        || t.isMark(k, '/');
    return marker && lex.periods.from(t, k + 1) != null;
  }

  /** A unit in brackets right after the number, as tables and specifications write it: "20 (kg)". */
  private Phrases.Match<UnitRule> bracketed(Tokens t, int k) {
    int open = "([{<".indexOf(k < t.size() && t.length(k) == 1 ? t.text.charAt(t.start(k)) : ' ');
    if (open < 0 || !t.glued(k)) {
      return null;
    }
    Phrases.Match<UnitRule> m = lex.unitAt(t, k + 1);
    if (m == null || !t.glued(m.to() - 1) || !t.isMark(m.to(), ")]}>".charAt(open))) {
      return null;
    }
    return new Phrases.Match<>(m.value(), k, m.to() + 1);
  }

  /** Past initials such as "U.S." or "U.K." starting at token i ("1,500 U.S. troops"). */
  private static int initials(Tokens t, int i) {
    int j = i;
    while (t.isWord(j) && t.length(j) == 1 && t.capitalised(j) && t.isMark(j + 1, '.') && t.glued(j)) {
      j += 2;
    }
    return j > i + 2 ? j : i;
  }

  /** Whether token k and the next few are plain words a count noun can stand in ("drones"). */
  int skipNouns(Tokens t, int k) {
    int j = k;
    while (j < k + 2 && t.isWord(j) && !STOP.contains(t.text(j).toLowerCase(java.util.Locale.ROOT))
        && lex.word(t, j) == null) {
      j++;
    }
    return j;
  }

  /** The hedge before token s, or null. */
  Phrases.Match<HedgeRule> hedgeBefore(Tokens t, int s) {
    return lex.hedgesBefore.endingAt(t, s - 1);
  }

  /** The change words ending before token s: "rose", "fell by", "an increase of". */
  Phrases.Match<Change> changeBefore(Tokens t, int s) {
    if (t.is(s - 1, "by")) {
      Phrases.Match<Change> v = lex.changeByVerbs.endingAt(t, s - 2);
      return v == null ? null : new Phrases.Match<>(v.value(), v.from(), s);
    }
    if (t.is(s - 1, "of")) {
      Phrases.Match<Change> n = lex.changeNouns.endingAt(t, s - 2);
      return n == null ? null : new Phrases.Match<>(n.value(), n.from(), s);
    }
    return lex.changeVerbs.endingAt(t, s - 1);
  }

  /** "a month", "per year", "every 24 hours", "annually" after token k; sets per and consumed. */
  void rateAfter(Tokens t, Piece p, int k) {
    if (p.unit == null || p.unit.counted()) {
      k = skipNouns(t, k);
    }
    Phrases.Match<Lexicon.Period> adj = lex.rateAdjectives.from(t, k);
    if (adj != null) {
      p.per = adj.value().per();
      p.consumed = Math.max(p.consumed, adj.to());
      return;
    }
    boolean every = t.is(k, "every");
    if (!(every || t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "each")
        || t.isMark(k, '/'))) {
      return;
    }
    double count = 1;
    int at = k + 1;
    if (every && t.isDigits(at) && t.length(at) <= 4) {
      count = Double.parseDouble(t.text(at));
      at++;
    } else if (every && lex.word(t, at) != null && lex.word(t, at).kind().equals("unit")) {
      count = lex.word(t, at).value();
      at++;
    }
    Phrases.Match<Lexicon.Period> period = lex.periods.from(t, at);
    if (period != null) {
      p.per = count == 1 ? period.value().per() : lex.period(count, period.value());
      p.consumed = Math.max(p.consumed, period.to());
    }
  }

  /** Whether a change word ("rose", "raising", "an increase") ends within a few words of the clause before token s. */
  boolean moverBefore(Tokens t, int s) {
    for (int j = s - 1; j >= 0 && j >= s - RATE_WINDOW; j--) {
      if (!clauseWord(t, j)) {
        return false;
      }
      if (lex.movers.endingAt(t, j) != null) {
        return true;
      }
    }
    return false;
  }

  /** A word or a mark that stays inside a noun phrase ("member states' defense", "long-term"). */
  private static boolean clauseWord(Tokens t, int j) {
    return t.isWord(j) || t.isMark(j, '-') || t.isMark(j, '\u2019') || t.isMark(j, '\'');
  }

  /** "monthly exports of these goods worth $300 million": a rate adjective shortly before. */
  void rateBefore(Tokens t, Piece p) {
    for (int j = p.from - 1; j >= 0 && j >= p.from - RATE_WINDOW; j--) {
      if (!clauseWord(t, j)) {
        return;
      }
      Lexicon.Period adj = lex.rateAdjectives.word(t, j);
      if (adj != null) {
        p.per = adj.per();
        return;
      }
    }
  }
}
