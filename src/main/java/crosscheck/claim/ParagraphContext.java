package crosscheck.claim;

import java.util.ArrayList;
import java.util.List;

/** What earlier sentences of the paragraph leave for later ones. Not thread-safe. */
final class ParagraphContext {
  private String agent;
  private String pairFirst;
  private String pairSecond;

  String agent() {
    return agent;
  }

  void agent(String a) {
    agent = a;
  }

  String pairFirst() {
    return pairFirst;
  }

  String pairSecond() {
    return pairSecond;
  }

  /** Remembers the entities of a sentence for "they", "the two nations" and "it". */
  void afterSentence(SentenceView v, boolean hadAssertion) {
    List<String> distinct = new ArrayList<>();
    for (EntityFinder.Found f : v.entities()) {
      if (!f.weak() && !v.inSource(f.from()) && !distinct.contains(f.name())) {
        distinct.add(f.name());
      }
    }
    if (distinct.size() >= 2) {
      pairFirst = distinct.get(0);
      pairSecond = distinct.get(1);
    }
    EntityFinder.Found first = v.firstSubject();
    if (!hadAssertion && first != null) {
      agent = first.name();
    }
  }

  void reset() {
    agent = null;
    pairFirst = null;
    pairSecond = null;
  }
}
