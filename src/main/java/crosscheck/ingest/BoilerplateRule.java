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
    List<RuleExample> examples)
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

  public BoilerplateRule {
    match = match == null ? Match.PATTERN : match;
    scope = scope == null ? Scope.LINE : scope;
    position = position == null ? Position.ANYWHERE : position;
    maxChars = maxChars == null ? DEFAULT_MAX_CHARS : maxChars;
    words = words == null ? List.of() : List.copyOf(words);
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
    switch (match) {
      case PATTERN -> {
        if (pattern == null || pattern.isEmpty()) {
          throw new IllegalArgumentException("match: pattern needs a 'pattern'");
        }
        compile(pattern);
      }
      case WORDS -> {
        if (words.isEmpty()) {
          throw new IllegalArgumentException("match: words needs a non-empty 'words' list");
        }
      }
      case FOREIGN_SCRIPT -> {
        if (pattern != null || !words.isEmpty()) {
          throw new IllegalArgumentException("match: foreign-script takes no 'pattern' or 'words'");
        }
      }
    }
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
