package crosscheck.ingest;

import crosscheck.ingest.BoilerplateRule.Match;
import crosscheck.ingest.BoilerplateRule.Position;
import crosscheck.ingest.BoilerplateRule.Scope;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate lines and paragraphs (sign-up prompts, copyright lines, bios, spam) by the
 * rules of {@code rules/boilerplate.yaml}, keeping every removed span. The first rule (in file
 * order) that fires on a unit names it. Input is normalised text: lines end in '\n', paragraphs
 * are separated by a blank line.
 */
public final class Boilerplate {
  /** Letters a document needs before its dominant script says anything about a short line. */
  private static final int MIN_DOCUMENT_LETTERS = 100;

  private final List<Compiled> rules;
  private final boolean prefilters;

  /** A rule ready to run; an anchored pattern ("^...") is only tried at the start of a unit. */
  private record Compiled(BoilerplateRule rule, Pattern pattern, boolean anchored, Set<String> words,
      boolean[] canStart) {}

  /** Characters below this get a "can a match start with it" entry for anchored patterns. */
  private static final int FIRST_CHARS = 256;

  private static final Pattern LEADING_FLAGS = Pattern.compile("^(?:\\(\\?[a-zA-Z]+\\))?\\^");

  /** The kept text and what was dropped, in document order. */
  public record Result(String text, List<Removed> removed) {}

  public Boilerplate(List<BoilerplateRule> rules) {
    this(rules, true);
  }

  /**
   * @param prefilters whether to skip patterns that cannot match a unit ('requires' words, the
   *     first character of anchored patterns); only tests turn them off, to compare
   */
  Boilerplate(List<BoilerplateRule> rules, boolean prefilters) {
    this.prefilters = prefilters;
    List<Compiled> compiled = new ArrayList<>();
    for (BoilerplateRule r : rules) {
      Set<String> words = new HashSet<>();
      r.words().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
      Pattern p = r.match() == Match.PATTERN ? BoilerplateRule.compile(r.pattern()) : null;
      boolean anchored = p != null && LEADING_FLAGS.matcher(r.pattern()).lookingAt() && !topLevelAlternative(r.pattern());
      compiled.add(new Compiled(r, p, anchored, words, anchored ? canStart(p) : null));
    }
    this.rules = List.copyOf(compiled);
  }

  /**
   * Which characters (below {@link #FIRST_CHARS}) an anchored pattern's match can start with.
   * A match tried on the character alone that fails without reaching the end of the input
   * ({@link Matcher#hitEnd()} false) fails on every longer unit that starts with it.
   */
  private static boolean[] canStart(Pattern anchored) {
    boolean[] can = new boolean[FIRST_CHARS];
    Matcher m = anchored.matcher("");
    for (int c = 0; c < FIRST_CHARS; c++) {
      m.reset(String.valueOf((char) c));
      can[c] = m.lookingAt() || m.hitEnd();
    }
    return can;
  }

  /** Whether "|" splits the whole pattern, so that "^" anchors only its first branch. */
  private static boolean topLevelAlternative(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** Applies the rules to normalised text. */
  public Result apply(String text) {
    return apply(new NormalizedText(text, 0, text.length(), -1), text.split("\n", -1), Scripts.of(text));
  }

  /**
   * Applies the rules to the text, given its lines and its letters per script (the caller has
   * them already).
   */
  Result apply(NormalizedText text, String[] lines, Scripts scripts) {
    Pass pass = new Pass(lines, scripts);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && pass.ruleOf[i] == null) {
        pass.mark(i, Position.ANYWHERE);
      }
    }
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && pass.ruleOf[i] == null && !pass.mark(i, Position.LEADING)) {
        break;
      }
    }
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isBlank() && pass.ruleOf[i] == null && !pass.mark(i, Position.TRAILING)) {
        break;
      }
    }
    for (String rule : pass.ruleOf) {
      if (rule != null) {
        return assemble(text, lines, pass.ruleOf, pass.unitOf);
      }
    }
    return new Result(text.text(), List.of());
  }

  private enum Unit { LINE, PARAGRAPH }

  /** One document's pass: which line each rule removed, and a matcher per rule reused across lines. */
  private final class Pass {
    final String[] lines;
    final int[] paragraph;
    final Paragraphs paragraphs;
    final Scripts scripts;
    final String[] ruleOf;
    final Unit[] unitOf;
    final Matcher[] matchers = new Matcher[rules.size()];

    Pass(String[] lines, Scripts scripts) {
      this.lines = lines;
      this.paragraph = Paragraphs.indexes(lines);
      this.paragraphs = new Paragraphs(lines, paragraph);
      this.scripts = scripts;
      this.ruleOf = new String[lines.length];
      this.unitOf = new Unit[lines.length];
    }

    /** Tries the rules of one position on line i (and its paragraph); marks the lines it removes. */
    boolean mark(int i, Position position) {
      String line = lines[i].strip();
      for (int k = 0; k < rules.size(); k++) {
        BoilerplateRule r = rules.get(k).rule();
        if (r.position() != position) {
          continue;
        }
        // a paragraph rule takes the whole block when the block matches, else the line alone
        // (files that put one paragraph per line have no blank-line blocks)
        int p = paragraph[i];
        if (r.scope() == Scope.PARAGRAPH && paragraphs.length(p) <= r.maxChars() && fires(k, paragraphs.text(p))) {
          for (int j = i; j >= 0 && paragraph[j] == p; j--) {
            markLine(j, r.id(), Unit.PARAGRAPH);
          }
          for (int j = i + 1; j < lines.length && paragraph[j] == p; j++) {
            markLine(j, r.id(), Unit.PARAGRAPH);
          }
          return true;
        }
        if (fires(k, line)) {
          markLine(i, r.id(), Unit.LINE);
          return true;
        }
      }
      return false;
    }

    private void markLine(int i, String rule, Unit unit) {
      if (ruleOf[i] == null) {
        ruleOf[i] = rule;
        unitOf[i] = unit;
      }
    }

    private boolean fires(int k, String unit) {
      Compiled c = rules.get(k);
      if (unit.isEmpty() || unit.length() > c.rule().maxChars()) {
        return false;
      }
      return switch (c.rule().match()) {
        case PATTERN -> {
          if (prefilters && cannotMatch(c, unit)) {
            yield false;
          }
          Matcher m = matchers[k] == null ? (matchers[k] = c.pattern().matcher(unit)) : matchers[k].reset(unit);
          yield c.anchored() ? m.lookingAt() : m.find();
        }
        case WORDS -> onlyWords(unit, c.words());
        case FOREIGN_SCRIPT -> foreignScript(unit, scripts);
      };
    }
  }

  /** Whether the pattern surely fails: a first character it cannot start with, or no required word. */
  private static boolean cannotMatch(Compiled c, String unit) {
    char first = unit.charAt(0);
    if (c.canStart() != null && first < FIRST_CHARS && !c.canStart()[first]) {
      return true;
    }
    return !c.rule().requires().isEmpty() && !BoilerplateRule.holdsAny(unit, c.rule().requires());
  }

  /** Whether the unit has at least one word and only listed words; stops at the first other word. */
  private static boolean onlyWords(String unit, Set<String> words) {
    int found = 0;
    int i = 0;
    int n = unit.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(unit.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(unit.charAt(i))) {
        i++;
      }
      if (start < i) {
        if (!words.contains(unit.substring(start, i).toLowerCase(Locale.ROOT))) {
          return false;
        }
        found++;
      }
    }
    return found > 0;
  }

  /** A unit nearly all in a script that is rare in the document: spam or a stray label. */
  private static boolean foreignScript(String unit, Scripts document) {
    int documentLetters = document.total();
    UnicodeScript main = document.dominant();
    // the unit is part of the document, so a foreign unit needs two letters outside the main
    // script there: most documents have none, and the unit's letters need not be counted
    if (main == null || documentLetters < MIN_DOCUMENT_LETTERS || documentLetters - document.get(main) < 2) {
      return false;
    }
    Scripts own = Scripts.of(unit);
    UnicodeScript script = own.dominant();
    int letters = own.total();
    if (script == null || script == main || letters < 2) {
      return false;
    }
    boolean nearlyAll = own.get(script) * 10 >= letters * 8;
    boolean rareInDocument = document.get(script) * 10 < documentLetters;
    return nearlyAll && rareInDocument;
  }

  /** Kept lines with single blank lines between paragraphs; removed units joined per unit. */
  private static Result assemble(NormalizedText text, String[] lines, String[] ruleOf, Unit[] unitOf) {
    String block = keptBlock(text.base(), text.from(), lines, ruleOf);
    return new Result(block != null ? block : kept(lines, ruleOf), removed(lines, ruleOf, unitOf));
  }

  /**
   * The kept text as one piece of the text (lines joined by '\n'), when the kept lines form one
   * block with no removed line inside and no blank line but single empty ones: then it is exactly
   * what {@link #kept} would build, without building it. The usual case: removals at the ends.
   * The lines start at {@code offset} in the text (normalised text is a range of a longer string).
   */
  static String keptBlock(String text, int offset, String[] lines, String[] ruleOf) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (ruleOf[i] == null && !lines[i].isBlank()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return "";
    }
    int from = offset;
    for (int i = 0; i < first; i++) {
      from += lines[i].length() + 1;
    }
    int to = from;
    for (int i = first; i <= last; i++) {
      boolean blank = lines[i].isEmpty();
      if (ruleOf[i] != null || (blank && lines[i - 1].isEmpty()) || (!blank && lines[i].isBlank())) {
        return null;
      }
      to += lines[i].length() + (i < last ? 1 : 0);
    }
    return text.substring(from, to);
  }

  static String kept(String[] lines, String[] ruleOf) {
    int size = 0;
    for (String line : lines) {
      size += line.length() + 1;
    }
    StringBuilder kept = new StringBuilder(size);
    boolean pendingBreak = false;
    for (int i = 0; i < lines.length; i++) {
      if (ruleOf[i] != null) {
        continue;
      }
      if (lines[i].isBlank()) {
        pendingBreak = kept.length() > 0;
        continue;
      }
      if (kept.length() > 0) {
        kept.append(pendingBreak ? "\n\n" : "\n");
      }
      pendingBreak = false;
      kept.append(lines[i]);
    }
    return kept.toString();
  }

  private static List<Removed> removed(String[] lines, String[] ruleOf, Unit[] unitOf) {
    List<Removed> removed = new ArrayList<>();
    StringBuilder removedParagraph = null;
    String removedRule = null;
    for (int i = 0; i < lines.length; i++) {
      if (ruleOf[i] != null) {
        if (unitOf[i] == Unit.PARAGRAPH && ruleOf[i].equals(removedRule) && removedParagraph != null
            && i > 0 && !lines[i - 1].isBlank()) {
          removedParagraph.append('\n').append(lines[i].strip());
        } else {
          flush(removed, removedRule, removedParagraph);
          removedParagraph = new StringBuilder(lines[i].strip());
          removedRule = ruleOf[i];
        }
        if (unitOf[i] == Unit.LINE) {
          flush(removed, removedRule, removedParagraph);
          removedParagraph = null;
          removedRule = null;
        }
        continue;
      }
      flush(removed, removedRule, removedParagraph);
      removedParagraph = null;
      removedRule = null;
    }
    flush(removed, removedRule, removedParagraph);
    return removed;
  }

  private static void flush(List<Removed> removed, String rule, StringBuilder text) {
    if (rule != null && text != null) {
      removed.add(new Removed(rule, text.toString()));
    }
  }
}
