package crosscheck.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One row of {@code rules/boilerplate.yaml}: what text that is not article content looks like.
 *
 * @param match how the unit is tested: {@code pattern} (a regular expression found in it), {@code
 *     words} (it consists only of the listed words and punctuation), {@code foreign-script} (a short
 *     unit whose letters are in another script than the document's, e.g. a line of spam)
 * @param pattern the regular expression for {@code match: pattern}; must not nest quantifiers
 * @param words the allowed words for {@code match: words}, compared case-insensitively
 * @param scope the unit tested and removed: a {@code line} or a {@code paragraph} (blank-line
 *     separated block)
 * @param position {@code anywhere}; {@code leading}: only in the run of removed units that starts
 *     the document; {@code trailing}: only in the run that ends it (bylines, bios)
 * @param maxChars units longer than this are never boilerplate for this rule (default 300)
 * @param requires for {@code match: pattern}, words one of which every match contains (compared
 *     case-insensitively): the pattern is only tried on units that hold one, a cheap prefilter.
 *     Every example that fires must hold one, so a wrong list fails the rule file's own tests
 */
public record BoilerplateRule(
    String id,
    String description,
    Match match,
    String pattern,
    List<String> words,
    Scope scope,
    Position position,
    Integer maxChars,
    List<RuleExample> examples,
    List<String> requires)
    implements Rule {

  public enum Match {
    @JsonProperty("pattern") PATTERN,
    @JsonProperty("words") WORDS,
    @JsonProperty("foreign-script") FOREIGN_SCRIPT
  }

  public enum Scope {
    @JsonProperty("line") LINE,
    @JsonProperty("paragraph") PARAGRAPH
  }

  public enum Position {
    @JsonProperty("anywhere") ANYWHERE,
    @JsonProperty("leading") LEADING,
    @JsonProperty("trailing") TRAILING
  }

  public static final int DEFAULT_MAX_CHARS = 300;

  /** An inline flag group that turns on Unicode case folding ("(?iu)", "(?U)"). */
  private static final Pattern UNICODE_CASE = Pattern.compile("\\(\\?[a-zA-Z]*[uU]");

  public BoilerplateRule {
    match = match == null ? Match.PATTERN : match;
    scope = scope == null ? Scope.LINE : scope;
    position = position == null ? Position.ANYWHERE : position;
    maxChars = maxChars == null ? DEFAULT_MAX_CHARS : maxChars;
    words = words == null ? List.of() : List.copyOf(words);
    requires = requires == null ? List.of() : requires.stream().map(BoilerplateRule::asciiLowerCase).toList();
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
    switch (match) {
      case PATTERN -> {
        if (pattern == null || pattern.isEmpty()) {
          throw new IllegalArgumentException("match: pattern needs a 'pattern'");
        }
        compile(pattern);
        checkRequires(pattern, requires, examples);
      }
      case WORDS -> {
        if (!requires.isEmpty()) {
          throw new IllegalArgumentException("'requires' is only for match: pattern");
        }
        if (words.isEmpty()) {
          throw new IllegalArgumentException("match: words needs a non-empty 'words' list");
        }
      }
      case FOREIGN_SCRIPT -> {
        if (pattern != null || !words.isEmpty() || !requires.isEmpty()) {
          throw new IllegalArgumentException("match: foreign-script takes no 'pattern' or 'words'");
        }
      }
    }
  }

  /** The rule file's own guard for the prefilter: no blank word, and every firing example holds one. */
  private static void checkRequires(String pattern, List<String> requires, List<RuleExample> examples) {
    if (requires.isEmpty()) {
      return;
    }
    if (requires.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("'requires' holds an empty word");
    }
    if (UNICODE_CASE.matcher(pattern).find()) {
      throw new IllegalArgumentException("'requires' ignores ASCII case only; the pattern folds Unicode case");
    }
    for (RuleExample e : examples == null ? List.<RuleExample>of() : examples) {
      if (e.shouldFire() && !holdsAny(e.text(), requires)) {
        throw new IllegalArgumentException("example '" + e.text() + "' fires but holds none of 'requires' " + requires);
      }
    }
  }

  /**
   * Whether the unit contains one of the (lower-case) words, ignoring ASCII case as {@code (?i)}
   * does. Allocates nothing: it runs on most lines of every document.
   */
  static boolean holdsAny(String unit, List<String> words) {
    for (String w : words) {
      if (containsIgnoringAsciiCase(unit, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoringAsciiCase(String unit, String word) {
    int last = unit.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= last; i++) {
      if (sameIgnoringAsciiCase(unit.charAt(i), first)) {
        int k = 1;
        while (k < word.length() && sameIgnoringAsciiCase(unit.charAt(i + k), word.charAt(k))) {
          k++;
        }
        if (k == word.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Only ASCII letters lowered: the words are compared ignoring ASCII case, nothing more. */
  private static String asciiLowerCase(String word) {
    StringBuilder b = new StringBuilder(word.length());
    word.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
    return b.toString();
  }

  /** c equals the lower-case w, or is its ASCII upper case. */
  private static boolean sameIgnoringAsciiCase(char c, char w) {
    return c == w || (w >= 'a' && w <= 'z' && c == w - 32);
  }

  /** The compiled pattern, refusing nested quantifiers (the usual cause of catastrophic backtracking). */
  static Pattern compile(String regex) {
    if (NestedQuantifiers.found(regex)) {
      throw new IllegalArgumentException(
          "pattern nests quantifiers (like (a+)+), which can backtrack catastrophically: " + regex);
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid pattern: " + e.getDescription() + " in " + regex, e);
    }
  }
}
