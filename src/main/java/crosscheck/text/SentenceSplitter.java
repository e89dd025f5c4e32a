package crosscheck.text;

import java.util.ArrayList;
import java.util.List;

/** Document text to sentences, with offsets. (Foundation version: splits at line breaks and ". ".) */
public final class SentenceSplitter {
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || text.charAt(i) == '\n'
          || (text.charAt(i) == '.' && i + 1 < n && text.charAt(i + 1) == ' ');
      if (end) {
        int e = i < n && text.charAt(i) == '.' ? i + 1 : i;
        add(out, text, start, e);
        start = e;
      }
    }
    return out;
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
