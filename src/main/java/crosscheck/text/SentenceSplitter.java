package crosscheck.text;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Document text to sentences, with offsets, in one pass. A sentence ends at '.', '!', '?' or '…'
 * (with any closing quotes and brackets after it) followed by whitespace and a likely sentence
 * start, at a blank line, and at a line break unless the line is hard-wrapped mid-sentence. The
 * abbreviation lists come from rules/abbreviations.yaml. Thread-safe: immutable after construction.
 */
public final class SentenceSplitter {
  private final Set<String> titles = new HashSet<>();
  private final Set<String> endings = new HashSet<>();
  private final Set<String> starters = new HashSet<>();

  /** With the bundled abbreviation rules. */
  public SentenceSplitter() {
    this(RuleSet.bundled());
  }

  public SentenceSplitter(RuleSet rules) {
    for (AbbreviationRule r : rules.table("abbreviations", AbbreviationRule.class).rules()) {
      Set<String> into = switch (r.kind()) {
        case "title" -> titles;
        case "ending" -> endings;
        default -> starters;
      };
      into.addAll(r.words());
    }
  }

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = lineBreakEnds(text, i) ? i : -1;
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int after = closers(text, i + 1);
        if (endsAt(text, start, i, after)) {
          end = after;
        }
      }
      if (end >= 0) {
        add(out, text, start, end);
        start = end;
        i = Math.max(i, end - 1);
      }
    }
    add(out, text, start, n);
    return out;
  }

  /** Past the closing quotes and brackets right after a terminal mark. */
  private static int closers(String text, int i) {
    while (i < text.length() && "\"'\u201d\u2019)]\u00bb".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private boolean endsAt(String text, int start, int mark, int after) {
    int n = text.length();
    if (after >= n) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(after))) {
      return false;
    }
    int next = after;
    while (next < n && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= n) {
      return true;
    }
    char first = text.charAt(next);
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (text.charAt(mark) != '.' || after > mark + 1) {
      return true;
    }
    String word = wordBefore(text, start, mark);
    if (titles.contains(word)) {
      return false;
    }
    String nextWord = wordAt(text, next);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return starters.contains(nextWord);
    }
    if (endings.contains(word)) {
      return Character.isUpperCase(first);
    }
    return true;
  }

  /** A line break ends a sentence unless a line was wrapped mid-sentence (lower case on both sides). */
  private static boolean lineBreakEnds(String text, int i) {
    int prev = i - 1;
    while (prev >= 0 && text.charAt(prev) == ' ' || prev >= 0 && text.charAt(prev) == '\r') {
      prev--;
    }
    int next = i + 1;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    if (prev < 0 || next >= text.length() || text.charAt(next) == '\n') {
      return true;
    }
    char p = text.charAt(prev);
    return !((Character.isLowerCase(p) || p == ',') && Character.isLowerCase(text.charAt(next)));
  }

  private static String wordBefore(String text, int start, int mark) {
    int b = mark;
    while (b > start && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, mark);
  }

  private static String wordAt(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(i, e);
  }

  private static void add(List<Sentence> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
    }
  }
}
