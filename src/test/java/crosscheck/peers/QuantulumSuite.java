package crosscheck.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * quantulum3's {@code quantities.json} (see fixtures/peers/quantulum3/README.txt): each result's
 * value (a range as midpoint and half-width "uncertainty") in a quantulum unit name, mapped to
 * crosscheck units by peer-units.tsv. The file gives no offsets: each surface is found in the
 * sentence, in order, as quantulum's own test checks {@code surface == text[span]}.
 */
final class QuantulumSuite {
  static final String FILE = "quantulum3/quantulum3/_lang/en_US/tests/quantities.json";
  static final String ERRORS = "quantulum3/quantulum3/_lang/en_US/tests/errors.json";

  /** quantulum reports years as dimensionless numbers ("1960s" gives 1960); crosscheck must not. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}s?");
  private static final Map<String, String> GROUP_REASONS = Map.of(
      "temperature", "temperature unit (degrees Celsius, Fahrenheit, kelvin): outside crosscheck's news units",
      "information", "information unit (bits, bytes): outside crosscheck's news units",
      "physics", "physics unit (energy, power, frequency, radiation dose, inverse and acceleration units):"
          + " outside crosscheck's news units");

  private QuantulumSuite() {}

  static PeerSuite load(Path fixtures, UnitTable units) {
    Path file = fixtures.resolve(FILE);
    List<PeerCase> cases = new ArrayList<>();
    int index = 0;
    for (JsonNode node : read(file)) {
      String input = node.path("req").asString();
      List<Expected> expected = new ArrayList<>();
      String reason = null;
      int dropped = 0;
      int from = 0;
      for (JsonNode r : node.path("res")) {
        String surface = r.path("surface").asString();
        int start = input.indexOf(surface, from);
        if (start < 0) {
          throw new IllegalStateException(FILE + " case " + index + ": surface '" + surface + "' not in the sentence");
        }
        from = start + surface.length();
        String unit = r.path("unit").asString();
        double value = r.path("value").asDouble();
        String group = units.peer("quantulum", unit).outOfScopeGroup();
        if (group != null) {
          reason = reason != null ? reason : GROUP_REASONS.getOrDefault(group, group);
        } else if (unit.equals("dimensionless") && (value == Math.rint(value) && value >= 1000 && value <= 2100
            && YEAR.matcher(surface).matches() || Discourse.loneSmallNumberWord(surface))) {
          dropped++;
        } else {
          expected.add(new Expected(surface, start, from, units.readings("quantulum", unit, interval(r, value))));
        }
      }
      cases.add(reason == null ? new PeerCase(index++, input, expected, null, dropped)
          : new PeerCase(index++, input, List.of(), reason, 0));
    }
    return new PeerSuite("quantulum3-quantities", FILE, cases, Views.measures(units, null, Views.Rates.ALL));
  }

  /** The strings quantulum's errors.json says must not crash a parser. */
  static List<String> errorInputs(Path fixtures) {
    List<String> inputs = new ArrayList<>();
    for (JsonNode node : read(fixtures.resolve(ERRORS))) {
      inputs.add(node.asString());
    }
    return inputs;
  }

  private static Interval interval(JsonNode r, double value) {
    if (!r.has("uncertainty")) {
      return Interval.point(value);
    }
    double half = r.path("uncertainty").asDouble();
    return new Interval(value - half, value + half, true, true);
  }

  private static JsonNode read(Path file) {
    try {
      return JsonMapper.builder().build().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
