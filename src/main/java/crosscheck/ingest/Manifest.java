package crosscheck.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest maps article files to their outlet, date, URL and title. Three forms: {@code
 * manifest.json} ({"documents": [{"file", "outlet", "published", "url", "title"}]} or a bare
 * list), {@code manifest.jsonl} (one such object per line) and {@code sources.csv} (header
 * file,outlet,published,url,title). "file" is relative to the manifest's folder; a JSONL record
 * is addressed as "feed.jsonl#3". Unknown columns are ignored; "unknown" means unknown.
 */
final class Manifest {
  /** File names that are manifests, never articles, when found beside articles. */
  static final Set<String> NAMES = Set.of("manifest.json", "manifest.jsonl", "sources.csv");

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> UNKNOWN = Set.of("unknown", "n/a", "none", "null", "-", "?");

  /** What the manifest says about one file; null fields are not given. */
  record Entry(String outlet, String published, String url, String title) {}

  static final Manifest EMPTY = new Manifest(Map.of());

  private final Map<String, Entry> byPath;
  private final Map<String, Entry> byName;

  private Manifest(Map<String, Entry> byPath) {
    this.byPath = Map.copyOf(byPath);
    Map<String, Entry> names = new HashMap<>();
    byPath.forEach((k, v) -> names.putIfAbsent(k.substring(k.lastIndexOf(java.io.File.separatorChar) + 1), v));
    this.byName = Map.copyOf(names);
  }

  /**
   * Reads a manifest.
   *
   * @throws IllegalArgumentException with the reason (and line) when it cannot be used
   */
  static Manifest load(Path file) throws IOException {
    return load(file, Files.readAllBytes(file));
  }

  /** The manifest in these bytes, read from {@code file} (whose folder its paths are relative to). */
  static Manifest load(Path file, byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    Path dir = file.toAbsolutePath().normalize().getParent();
    Map<String, Entry> entries = new HashMap<>();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      readCsv(text, dir, entries);
    } else if (name.endsWith(".jsonl")) {
      int line = 0;
      for (String l : text.split("\n", -1)) {
        line++;
        if (!l.isBlank()) {
          add(parse(l, line), dir, entries, "line " + line);
        }
      }
    } else {
      JsonNode root = parse(text, null);
      JsonNode list = root.isArray() ? root : root.get("documents");
      if (list == null || !list.isArray()) {
        throw new IllegalArgumentException("expected {\"documents\": [...]} or a list of entries");
      }
      int i = 0;
      for (JsonNode n : list) {
        add(n, dir, entries, "entry " + ++i);
      }
    }
    return new Manifest(entries);
  }

  /**
   * The entry for a document: by its path (the JSONL record, then its file), then, when {@code
   * byFileName}, by its file name alone (for a manifest given with --manifest away from the files).
   */
  Entry lookup(Path file, Integer line, boolean byFileName) {
    if (byPath.isEmpty()) {
      return null; // no manifest (the usual case): spare the path normalisation of every document
    }
    Entry e = find(byPath, key(file), line);
    return e != null || !byFileName ? e : find(byName, file.getFileName().toString(), line);
  }

  private static Entry find(Map<String, Entry> map, String key, Integer line) {
    Entry e = line == null ? null : map.get(key + "#" + line);
    return e != null ? e : map.get(key);
  }

  boolean isEmpty() {
    return byPath.isEmpty();
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static JsonNode parse(String json, Integer line) {
    try {
      return JSON.readTree(json);
    } catch (JacksonException e) {
      int at = line != null ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException("invalid JSON" + (at > 0 ? " at line " + at : "") + ": " + e.getOriginalMessage());
    }
  }

  private static void add(JsonNode n, Path dir, Map<String, Entry> entries, String where) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object with a \"file\"");
    }
    String file = value(n.get("file"), n.get("path"));
    if (file == null) {
      throw new IllegalArgumentException(where + ": no \"file\"");
    }
    put(entries, dir, file, new Entry(value(n.get("outlet"), n.get("source")),
        value(n.get("published"), n.get("date")), value(n.get("url"), null), value(n.get("title"), null)));
  }

  private static void readCsv(String text, Path dir, Map<String, Entry> entries) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get();
    var parser = format.parse(new StringReader(text));
    Map<String, Integer> header = parser.getHeaderMap();
    if (!header.containsKey("file")) {
      throw new IllegalArgumentException("CSV manifest needs a header with a 'file' column (file,outlet,published,url,title)");
    }
    for (CSVRecord r : parser) {
      String file = column(r, header, "file");
      if (file == null) {
        throw new IllegalArgumentException("line " + r.getParser().getCurrentLineNumber() + ": no file");
      }
      put(entries, dir, file, new Entry(column(r, header, "outlet"), column(r, header, "published"),
          column(r, header, "url"), column(r, header, "title")));
    }
  }

  private static String column(CSVRecord r, Map<String, Integer> header, String name) {
    return header.containsKey(name) && r.isSet(name) ? known(r.get(name)) : null;
  }

  private static void put(Map<String, Entry> entries, Path dir, String file, Entry entry) {
    int hash = file.lastIndexOf('#');
    String path = hash > 0 ? file.substring(0, hash) : file;
    String suffix = hash > 0 ? file.substring(hash) : "";
    entries.put(key(dir.resolve(path)) + suffix, entry);
  }

  private static String value(JsonNode a, JsonNode b) {
    for (JsonNode n : List.of(a == null ? JSON.nullNode() : a, b == null ? JSON.nullNode() : b)) {
      if (n.isString() || n.isNumber()) {
        String v = known(n.asString());
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String known(String v) {
    if (v == null || v.isBlank() || UNKNOWN.contains(v.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return v.strip();
  }
}
