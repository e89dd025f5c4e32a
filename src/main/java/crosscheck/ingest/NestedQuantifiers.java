package crosscheck.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a repeated group that itself contains an unbounded repetition, e.g. {@code (a+)+} or
 * {@code (\w*\s?)*}: the shape that makes a backtracking matcher take exponential time. A
 * conservative syntactic check for rule files users write. One shape is allowed because it
 * cannot be ambiguous: a group that starts with a literal character its repeated classes cannot
 * match, like {@code (?: \p{Lu}[\p{L}.]*){0,3}} (each round must begin at a new space).
 */
final class NestedQuantifiers {
  private NestedQuantifiers() {}

  /** A group being read: its first literal, and the atoms repeated without bound inside it. */
  private static final class Group {
    Character first;
    boolean started;
    final List<String> unbounded = new ArrayList<>();
    boolean unsafe;
    boolean alternatives;
  }

  static boolean found(String regex) {
    Deque<Group> groups = new ArrayDeque<>();
    groups.push(new Group());
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int end;
      String atom;
      if (c == '(') {
        Group g = new Group();
        note(groups.peek(), null);
        groups.push(g);
        i = skipGroupPrefix(regex, i + 1);
        continue;
      } else if (c == ')') {
        Group closed = groups.size() > 1 ? groups.pop() : new Group();
        end = i + 1;
        int q = quantifierEnd(regex, end);
        String quant = regex.substring(end, q);
        boolean hasInner = closed.unsafe || !closed.unbounded.isEmpty();
        if (hasInner && repeats(quant) && !unambiguous(closed)) {
          return true;
        }
        if (hasInner || unbounded(quant)) {
          groups.peek().unbounded.add(null);
          groups.peek().unsafe = true;
        }
        i = q;
        continue;
      } else if (c == '\\') {
        end = escapeEnd(regex, i);
      } else if (c == '[') {
        end = classEnd(regex, i);
      } else if (c == '|') {
        groups.peek().alternatives = true;
        i++;
        continue;
      } else if (c == '^' || c == '$') {
        i++;
        continue;
      } else {
        end = i + 1;
      }
      atom = regex.substring(i, end);
      note(groups.peek(), atom);
      int q = quantifierEnd(regex, end);
      if (unbounded(regex.substring(end, q))) {
        groups.peek().unbounded.add(atom);
      }
      i = q;
    }
    return false;
  }

  private static void note(Group g, String atom) {
    if (!g.started) {
      g.started = true;
      if (atom != null && atom.length() == 1 && ".$^".indexOf(atom.charAt(0)) < 0) {
        g.first = atom.charAt(0);
      }
    }
  }

  private static boolean unambiguous(Group g) {
    if (g.first == null || g.unsafe || g.alternatives) {
      return false;
    }
    String lead = String.valueOf(g.first);
    for (String atom : g.unbounded) {
      if (atom == null || atom.equals(".") || Pattern.compile(atom).matcher(lead).matches()) {
        return false;
      }
    }
    return true;
  }

  private static int skipGroupPrefix(String regex, int i) {
    if (i < regex.length() && regex.charAt(i) == '?') {
      int j = i + 1;
      while (j < regex.length() && ":=!<>".indexOf(regex.charAt(j)) < 0 && regex.charAt(j) != ')') {
        j++;
      }
      return Math.min(regex.length(), j + 1);
    }
    return i;
  }

  private static int escapeEnd(String regex, int i) {
    int end = Math.min(regex.length(), i + 2);
    if (end < regex.length() && "pP".indexOf(regex.charAt(i + 1)) >= 0 && regex.charAt(end) == '{') {
      int close = regex.indexOf('}', end);
      return close < 0 ? regex.length() : close + 1;
    }
    return end;
  }

  private static int classEnd(String regex, int i) {
    int depth = 0;
    for (int j = i; j < regex.length(); j++) {
      char c = regex.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && j > i + 1 && --depth == 0) {
        return j + 1;
      }
    }
    return regex.length();
  }

  private static int quantifierEnd(String regex, int i) {
    if (i >= regex.length()) {
      return i;
    }
    char c = regex.charAt(i);
    int end = i;
    if (c == '*' || c == '+' || c == '?') {
      end = i + 1;
    } else if (c == '{') {
      int close = regex.indexOf('}', i);
      end = close < 0 ? regex.length() : close + 1;
    }
    if (end > i && end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
      end++;
    }
    return end;
  }

  private static boolean unbounded(String quant) {
    return quant.startsWith("*") || quant.startsWith("+") || quant.matches("\\{\\d+,}.?");
  }

  /** Whether a quantifier lets its group match more than once. */
  private static boolean repeats(String quant) {
    if (quant.isEmpty() || quant.startsWith("?")) {
      return false;
    }
    return !quant.matches("\\{(?:0|1|0,1)}.?");
  }
}
