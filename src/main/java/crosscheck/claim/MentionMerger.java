package crosscheck.claim;

import crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds repeated statements of the same claim in one document into the first: "around 600 military
 * personnel" ... "the 600 military personnel dispatched" ... "These 600 individuals" become one
 * claim with the later places as mentions. Numbers fold when value, unit and metric agree (a later
 * mention without metric or subject counts as agreeing; an earlier one without metric, such as a
 * headline, folds into the later claim that has one, and so does one without time); assertions when agent, predicate, object,
 * recipient, polarity and attribution agree.
 */
final class MentionMerger {
  private MentionMerger() {}

  static List<Claim> merge(List<Claim> claims, String text) {
    List<Claim> out = new ArrayList<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (Claim c : claims) {
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        if (same(out.get(i), c)) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(c);
        mentions.add(new ArrayList<>());
      } else if (lessSpecific(out.get(into), c)) {
        // a headline's bare "around 600 Chinese military personnel" is a mention of the body's
        // claim that says what the 600 are and when: the fuller claim stands for both
        Claim first = out.set(into, c);
        String surface = text.substring(first.start(), first.end());
        mentions.get(into).add(0, new Mention(first.start(), first.end(), surface));
      } else {
        mentions.get(into).add(new Mention(c.start(), c.end(), text.substring(c.start(), c.end())));
      }
    }
    List<Claim> result = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Claim c = out.get(i);
      result.add(mentions.get(i).isEmpty() ? c : withMentions(c, mentions.get(i)));
    }
    return result;
  }

  private static boolean same(Claim a, Claim b) {
    if (a.kind() != b.kind() || !a.derivedFrom().isEmpty() || !b.derivedFrom().isEmpty()) {
      return false;
    }
    if (a.kind() == Claim.Kind.ASSERTION) {
      return a.assertion().equals(b.assertion())
          && a.polarity() == b.polarity()
          && Objects.equals(a.attribution(), b.attribution())
          && a.modality() == b.modality();
    }
    Quantity x = a.quantity();
    Quantity y = b.quantity();
    boolean value =
        x.point() != null
            && x.point().equals(y.point())
            && Objects.equals(x.unit(), y.unit())
            && Objects.equals(x.per(), y.per())
            && Objects.equals(x.change(), y.change());
    if (!value || a.polarity() != b.polarity()) {
      return false;
    }
    if (a.metric() == null) {
      // an earlier mention without metric (a headline) folds into a later one that has it
      return b.metric() != null && agrees(b.subject(), a.subject()) && agrees(b.scope(), a.scope());
    }
    return agrees(a.metric(), b.metric())
        && agrees(a.subject(), b.subject())
        && agrees(a.scope(), b.scope());
  }

  /** Whether the later claim says what the first leaves open: its metric, or its time. */
  private static boolean lessSpecific(Claim first, Claim later) {
    return first.metric() == null && later.metric() != null
        || first.time() == null && later.time() != null;
  }

  private static boolean agrees(String first, String later) {
    return later == null || later.equals(first);
  }

  private static Claim withMentions(Claim c, List<Mention> m) {
    return new Claim(
        c.id(),
        c.document(),
        c.sentence(),
        c.start(),
        c.end(),
        c.kind(),
        c.subject(),
        c.metric(),
        c.time(),
        c.scope(),
        c.attribution(),
        c.modality(),
        c.polarity(),
        c.quantity(),
        c.assertion(),
        c.checkWorthy(),
        c.worthRule(),
        m,
        c.derivedFrom());
  }
}
