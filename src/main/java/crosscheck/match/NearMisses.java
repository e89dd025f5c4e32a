package crosscheck.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-miss pairs a reviewer wants to see side by side although they cannot be compared: the same
 * subject, metric, time and scope stated in different currencies, as percent against percentage
 * points (a common slip), or as a rate per different periods. Each pair becomes one extra group
 * whose key's dimension names both ("currency:GBP vs currency:USD"); the verdict rules give it
 * not-comparable. Other differences (years, metrics, counted nouns) are simply different facts.
 */
final class NearMisses {
  private NearMisses() {}

  static List<FactMatcher.Draft> of(List<FactMatcher.Draft> drafts) {
    Map<String, List<FactMatcher.Draft>> families = new HashMap<>();
    for (FactMatcher.Draft d : drafts) {
      FactKey k = d.key();
      if (!"assertion".equals(k.dimension())) {
        String family = String.join("|", k.subject() + "", k.metric(), k.time() + "", k.scope() + "");
        families.computeIfAbsent(family, x -> new ArrayList<>()).add(d);
      }
    }
    List<FactMatcher.Draft> out = new ArrayList<>();
    for (List<FactMatcher.Draft> family : families.values()) {
      for (int i = 0; i < family.size(); i++) {
        for (int j = i + 1; j < family.size(); j++) {
          FactMatcher.Draft a = family.get(i);
          FactMatcher.Draft b = family.get(j);
          if (comparableOnlyByName(a.key().dimension(), b.key().dimension()) && twoDocuments(a, b)) {
            String da = a.key().dimension();
            String db = b.key().dimension();
            String both = da.compareTo(db) < 0 ? da + " vs " + db : db + " vs " + da;
            FactKey k = a.key();
            out.add(new FactMatcher.Draft(
                new FactKey(k.subject(), k.metric(), k.time(), k.scope(), both),
                FactMatcher.union(a.claims(), b.claims())));
          }
        }
      }
    }
    return out;
  }

  /** Dimensions that look like one fact's but cannot be compared without more knowledge. */
  static boolean comparableOnlyByName(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    String baseA = base(a);
    String baseB = base(b);
    boolean samePeriodAndChange = rest(a).equals(rest(b));
    if (baseA.startsWith("currency:") && baseB.startsWith("currency:")) {
      return samePeriodAndChange;
    }
    Set<String> pair = new HashSet<>(List.of(baseA, baseB));
    if (pair.equals(Set.of("percent", "percentage-points"))) {
      return samePeriodAndChange;
    }
    return baseA.equals(baseB) && !samePeriodAndChange;
  }

  private static String base(String dimension) {
    int cut = dimension.length();
    for (char c : new char[] {'/', ' '}) {
      int at = dimension.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return dimension.substring(0, cut);
  }

  private static String rest(String dimension) {
    return dimension.substring(base(dimension).length());
  }

  private static boolean twoDocuments(FactMatcher.Draft a, FactMatcher.Draft b) {
    Set<String> docs = new HashSet<>();
    a.claims().forEach(c -> docs.add(c.document()));
    b.claims().forEach(c -> docs.add(c.document()));
    return docs.size() > 1;
  }
}
