package crosscheck.text;

/** White space as readers see it: any run of it is one space, none at the ends. */
public final class Whitespace {
  private Whitespace() {}

  /** Runs of white space as one space, leading and trailing ones dropped (a loop, no regex). */
  public static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
