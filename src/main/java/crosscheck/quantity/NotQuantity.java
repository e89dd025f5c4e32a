package crosscheck.quantity;

/**
 * The checks that tell a number is not a quantity: a model designation ("T-54", "Su-35", "G7"),
 * an ordinal or decade ("10th", "1950s"), a clock time, a date ("June 23rd", "February 2022"), a
 * label ("page 12", "Section 3"), list numbering ("1." at a line start), a phone number or a year.
 * Each check looks at a fixed number of neighbouring tokens.
 */
final class NotQuantity {
  private final Lexicon lex;

  NotQuantity(Lexicon lex) {
    this.lex = lex;
  }

  /** Letters glued before the digits ("G7", "T-54", "COVID-19"), or a '+', '#' before them. */
  static boolean designationBefore(Tokens t, int i) {
    if (!t.glued(i - 1)) {
      return false;
    }
    if (t.isWord(i - 1) || t.isMark(i - 1, '+') || t.isMark(i - 1, '#')) {
      return true;
    }
    // "T-54" is a designation; "5k-20k" is a range of suffixed numbers
    return t.isDash(i - 1) && t.glued(i - 2) && t.isWord(i - 2) && !(t.glued(i - 3) && t.isDigits(i - 3));
  }

  /** What a glued word after digits says: ordinal suffix, decade "s", or an unknown suffix. */
  static boolean ordinalOrDecade(Tokens t, int k) {
    if (!t.glued(k - 1)) {
      return false;
    }
    if (t.isMark(k, '\'') || t.isMark(k, '\u2019')) {
      return t.glued(k) && t.is(k + 1, "s");
    }
    return t.is(k, "st") || t.is(k, "nd") || t.is(k, "rd") || t.is(k, "th") || t.is(k, "s");
  }

  /**
   * "10:30", "3 p.m.", "14.00 GMT", "1400 GMT": a time word after a number that reads as a clock.
   * "2.1 pm" or "2.123 am" is no clock (minutes take two digits), so the word is left to the units
   * (picometres, attometres).
   */
  boolean time(Tokens t, Num n) {
    int k = n.to;
    if (t.isMark(k, ':') && t.glued(k - 1) && t.glued(k) && t.isDigits(k + 1)) {
      return true;
    }
    Phrases.Match<String> m = lex.nonQuantity.from(t, k);
    return m != null && m.value().equals("time") && clock(t, n);
  }

  /** "3", "14", "1400", "5.30", "14.00": hours up to 24, minutes as two digits below 60. */
  static boolean clock(Tokens t, Num n) {
    int h = n.from;
    if (!t.isDigits(h) || n.value < 0) {
      return false;
    }
    if (n.to == h + 1) {
      int len = t.length(h);
      double v = n.value;
      return len <= 2 ? v <= 24 : len == 4 && Math.floor(v / 100) <= 24 && v % 100 < 60;
    }
    return n.to == h + 3 && t.isMark(h + 1, '.') && t.length(h) <= 2 && t.length(h + 2) == 2
        && Integer.parseInt(t.text(h)) <= 24 && Integer.parseInt(t.text(h + 2)) < 60;
  }

  /** A month name next to the number: a day or a year, not a quantity. */
  boolean date(Tokens t, int from, int to) {
    int before = t.isMark(from - 1, '.') ? from - 2 : from - 1;
    if (t.is(before, "of") || t.is(before, "the")) {
      before--;
    }
    if (month(t, before)) {
      return true;
    }
    int after = t.is(to, "of") ? to + 1 : to;
    if (t.is(after, "st") || t.is(after, "nd") || t.is(after, "rd") || t.is(after, "th")) {
      after++;
    }
    return month(t, after);
  }

  private boolean month(Tokens t, int i) {
    return t.capitalised(i) && lex.marks(t, i, "month");
  }

  /** "page 12", "Section 3", "No. 5", "Article 5". */
  boolean label(Tokens t, int from) {
    int before = t.isMark(from - 1, '.') ? from - 2 : from - 1;
    return lex.marks(t, before, "reference");
  }

  /** "1. " or "2) " at a line start, or "(3)" anywhere. */
  static boolean listNumber(Tokens t, int from, int to, int textFrom) {
    if (t.isMark(from - 1, '(') && t.isMark(to, ')') && t.length(from) <= 2) {
      return true;
    }
    boolean marker = (t.isMark(to, '.') || t.isMark(to, ')')) && t.glued(to - 1) && !t.glued(to);
    return marker && t.atLineStart(from, textFrom) && t.length(from) <= 2;
  }

  /** "(202) 555-0143" or "+44 20 7946 0958" or "555-0143-22". */
  static boolean phone(Tokens t, int from, int to) {
    if (t.isMark(from - 1, '(') && t.isMark(to, ')') && t.length(from) == 3 && t.isDigits(to + 1)) {
      return true;
    }
    return t.isDash(to) && t.glued(to - 1) && t.glued(to) && t.isDigits(to + 1)
        && t.isDash(to + 2) && t.glued(to + 1) && t.glued(to + 2) && t.isDigits(to + 3);
  }

  /** "http://", "https://", "www." or an e-mail address starts at token i. */
  static boolean isUrl(Tokens t, int i) {
    if ((t.is(i, "http") || t.is(i, "https") || t.is(i, "ftp")) && t.isMark(i + 1, ':') && t.glued(i)) {
      return true;
    }
    return t.is(i, "www") && t.isMark(i + 1, '.') && t.glued(i) || t.isMark(i, '@') && t.glued(i - 1) && t.glued(i);
  }

  /** The first token after the URL: URLs contain no spaces. */
  static int pastUrl(Tokens t, int i) {
    int j = i;
    while (t.glued(j)) {
      j++;
    }
    return j + 1;
  }

  /**
   * "Boeing 737", "MAX 9", "Apollo 11", "Windows 10": a bare integer right after a capitalised word
   * that does not start the sentence is part of a name, not a quantity.
   */
  static boolean modelName(Tokens t, Num n) {
    int w = n.from - 1;
    if (!n.plainInteger || !t.isWord(w) || !t.capitalised(w) || t.glued(w)) {
      return false;
    }
    int before = w - 1;
    boolean sentenceStart = before < 0 || t.isMark(before, '.') || t.isMark(before, '!') || t.isMark(before, '?')
        || t.isMark(before, ':') || t.isMark(before, '"') || t.isMark(before, '\u201c');
    return !sentenceStart;
  }

  /** A bare four-digit number from 1000 to 2199: a year. */
  static boolean yearLike(Tokens t, Num n) {
    return n.plainInteger && n.scale == 1 && !n.words && n.to - n.from == 1
        && t.length(n.from) == 4 && n.value >= 1000 && n.value <= 2199;
  }

  /** "in 2015", "by 2035": a year even with a count noun after it. */
  boolean yearPreposition(Tokens t, int i) {
    return lex.marks(t, i, "year");
  }
}
