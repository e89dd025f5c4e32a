package crosscheck.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two mapping tables of the peer harness, both data in {@code src/test/resources/peers/}:
 * {@code units.tsv} gives each crosscheck unit id its dimension and factor to the dimension's base
 * unit (so "200 mi" and "321.87 km" compare equal whichever unit the extractor keeps), and
 * {@code peer-units.tsv} maps every peer unit name to the crosscheck unit(s) it may be read as,
 * or to an out-of-scope unit group.
 */
final class UnitTable {
  /** A peer unit read as {@code multiplier} of a crosscheck unit ("Cent" = 0.01 USD). */
  record Alternative(String unit, double multiplier) {}

  /** A peer unit's mapping: the admissible crosscheck units, or the out-of-scope group. */
  record PeerUnit(List<Alternative> alternatives, String outOfScopeGroup) {}

  /** A value in its dimension's base unit; currencies are each their own dimension. */
  record Base(String dimension, Interval value) {}

  private record Unit(String dimension, double factor) {}

  private static final String PER = " per ";
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, PeerUnit> peerUnits = new HashMap<>();

  static UnitTable load() {
    UnitTable table = new UnitTable();
    for (String[] row : rows("units.tsv", 3)) {
      table.units.put(row[0], new Unit(row[1], Double.parseDouble(row[2])));
    }
    for (String[] row : rows("peer-units.tsv", 3)) {
      table.peerUnits.put(row[0] + "\t" + row[1], table.parsePeerUnit(row));
    }
    return table;
  }

  boolean knows(String unitId) {
    return unitId != null && units.containsKey(unitId);
  }

  /** The peer unit's mapping; an unmapped name is a harness defect, not a scoring miss. */
  PeerUnit peer(String peer, String name) {
    PeerUnit unit = peerUnits.get(peer + "\t" + name);
    if (unit == null) {
      throw new IllegalStateException("peer-units.tsv has no row for " + peer + " unit '" + name + "'");
    }
    return unit;
  }

  /** The readings a peer value in a peer unit admits (empty when the unit is out of scope). */
  List<Reading> readings(String peer, String name, Interval value) {
    List<Reading> readings = new ArrayList<>();
    for (Alternative alt : peer(peer, name).alternatives()) {
      readings.add(new Reading(alt.unit(), value.times(alt.multiplier()), false, false));
    }
    return readings;
  }

  /** Converts a value in a unit expression ("km", "USD per month") to its base unit. */
  Base base(String expression, Interval value) {
    int per = expression.indexOf(PER);
    Unit unit = per < 0 ? units.get(expression) : null;
    if (per >= 0) {
      Unit top = units.get(expression.substring(0, per));
      Unit bottom = units.get(expression.substring(per + PER.length()));
      if (top != null && bottom != null) {
        String dimension = top.dimension() + "/" + bottom.dimension();
        unit = new Unit(dimension.equals("length/duration") ? "speed" : dimension,
            top.factor() / bottom.factor());
      }
    }
    if (unit == null) {
      return new Base("unknown unit '" + expression + "'", value);
    }
    return new Base(unit.dimension(), value.times(unit.factor()));
  }

  private PeerUnit parsePeerUnit(String[] row) {
    String target = row[2].trim();
    if (target.startsWith("out-of-scope:")) {
      return new PeerUnit(List.of(), target.substring("out-of-scope:".length()).trim());
    }
    List<Alternative> alternatives = new ArrayList<>();
    for (String alt : target.split("\\|")) {
      String[] parts = alt.trim().split("\\*");
      String unit = parts[0].trim();
      if (!knows(unit) && !unit.contains(PER)) {
        throw new IllegalStateException("peer-units.tsv maps " + row[1] + " to unknown unit " + unit);
      }
      alternatives.add(new Alternative(unit, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0));
    }
    return new PeerUnit(alternatives, null);
  }

  private static List<String[]> rows(String name, int columns) {
    try (InputStream in = UnitTable.class.getResourceAsStream("/peers/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource peers/" + name);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length != columns) {
          throw new IllegalStateException("peers/" + name + ": want " + columns + " tab-separated columns: " + line);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
