package crosscheck.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rules folder: the bundled defaults (the repository's {@code rules/}, packaged in the
 * jar under {@code crosscheck/rules/}) plus an optional user folder whose files extend or override
 * them. A user rule with the id of a bundled rule replaces it; {@code replace: true} at the top of
 * a user file replaces the whole bundled table.
 *
 * <p>Stages ask for their own tables with {@link #table(String, Class)}; the rule record type is
 * the stage's, so this package knows no stage. Everything is validated when a table is first
 * asked for, and every failure is a {@link RuleException} naming the file and the rule.
 */
public final class RuleSet {
  private static final String BUNDLED = "crosscheck/rules/";
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
  private static final List<String> ENVELOPE = List.of("description", "replace", "rules");

  private final Path userDir;
  private final ObjectMapper yaml;
  private final Map<String, RuleTable<?>> tables = new ConcurrentHashMap<>();
  private final Map<String, String> fileHashes = new TreeMap<>();

  private RuleSet(Path userDir) {
    this.userDir = userDir;
    this.yaml =
        YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
  }

  /** The bundled rules only. */
  public static RuleSet bundled() {
    return new RuleSet(null);
  }

  /**
   * The bundled rules extended by the YAML files of {@code userDir}.
   *
   * @throws RuleException when the folder is missing or not a folder
   */
  public static RuleSet withOverrides(Path userDir) {
    if (userDir == null) {
      return bundled();
    }
    if (!Files.isDirectory(userDir)) {
      throw new RuleException(userDir.toString(), "rules folder does not exist or is not a folder");
    }
    return new RuleSet(userDir);
  }

  /** The user folder, or null. */
  public Path userDir() {
    return userDir;
  }

  /**
   * The validated table {@code name} (file {@code name.yaml}) with rows of {@code type}.
   *
   * @throws RuleException for any invalid content
   */
  @SuppressWarnings("unchecked")
  public <R extends Rule> RuleTable<R> table(String name, Class<R> type) {
    RuleTable<?> table = tables.computeIfAbsent(name, n -> load(n, type));
    for (Rule r : table.rules()) {
      if (!type.isInstance(r)) {
        throw new IllegalStateException("table " + name + " already loaded with another type");
      }
    }
    return (RuleTable<R>) table;
  }

  /** The YAML files of the user folder that no stage asked for: most likely misspelt names. */
  public List<String> unusedUserFiles() {
    if (userDir == null) {
      return List.of();
    }
    List<String> unused = new ArrayList<>();
    try (Stream<Path> files = Files.list(userDir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
          .sorted()
          .forEach(
              f -> {
                String base = f.substring(0, f.lastIndexOf('.'));
                if (!tables.containsKey(base)) {
                  unused.add(f);
                }
              });
    } catch (IOException e) {
      throw new RuleException(userDir.toString(), "cannot list rules folder: " + e.getMessage(), e);
    }
    return unused;
  }

  /** sha256 of every rule file read so far, by name ("bundled/units.yaml", "user/units.yaml"). */
  public synchronized Map<String, String> fileHashes() {
    return Map.copyOf(fileHashes);
  }

  /** One hash over all rule files read so far: changes whenever any rule changes. */
  public synchronized String fingerprint() {
    StringBuilder all = new StringBuilder();
    fileHashes.forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
    return Hashes.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  private <R extends Rule> RuleTable<R> load(String name, Class<R> type) {
    String file = name + ".yaml";
    byte[] bundled = readBundled(file);
    LinkedHashMap<String, R> rules = new LinkedHashMap<>();
    String description = "";
    if (bundled != null) {
      record(("bundled/" + file), bundled);
      ParsedFile<R> parsed = parse("rules/" + file, bundled, type);
      description = parsed.description();
      parsed.rules().forEach(r -> rules.put(r.id(), r));
    }
    byte[] user = readUser(file);
    if (user != null) {
      String source = userDir.resolve(file).toString();
      record("user/" + file, user);
      ParsedFile<R> parsed = parse(source, user, type);
      if (parsed.replace()) {
        rules.clear();
      }
      if (!parsed.description().isBlank()) {
        description = parsed.description();
      }
      parsed.rules().forEach(r -> rules.put(r.id(), r));
    }
    if (bundled == null && user == null) {
      throw new RuleException(file, "no bundled or user rule file of this name");
    }
    return new RuleTable<>(name, description, new ArrayList<>(rules.values()));
  }

  private record ParsedFile<R>(String description, boolean replace, List<R> rules) {}

  private <R extends Rule> ParsedFile<R> parse(String source, byte[] bytes, Class<R> type) {
    JsonNode root;
    try {
      root = yaml.readTree(bytes);
    } catch (JacksonException e) {
      throw new RuleException(source, "not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new RuleException(source, "expected a mapping with 'description' and 'rules'");
    }
    TreeSet<String> unknown = new TreeSet<>(root.propertyNames());
    unknown.removeAll(ENVELOPE);
    if (!unknown.isEmpty()) {
      throw new RuleException(source, "unknown top-level key(s) " + unknown + "; allowed: " + ENVELOPE);
    }
    JsonNode list = root.get("rules");
    if (list == null || !list.isArray()) {
      throw new RuleException(source, "'rules' must be a list");
    }
    String description = root.path("description").asString("");
    boolean replace = root.path("replace").asBoolean(false);
    List<R> rules = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String where = "rule #" + index + (node.has("id") ? " (" + node.get("id").asString() + ")" : "");
      R rule;
      try {
        rule = yaml.treeToValue(node instanceof ObjectNode o ? o : node, type);
      } catch (JacksonException e) {
        throw new RuleException(source, where + ": " + rootMessage(e), e);
      } catch (IllegalArgumentException e) {
        throw new RuleException(source, where + ": " + rootMessage(e), e);
      }
      validate(source, where, rule);
      if (!seen.add(rule.id())) {
        throw new RuleException(source, where + ": duplicate id " + rule.id());
      }
      rules.add(rule);
    }
    return new ParsedFile<>(description, replace, rules);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t instanceof JacksonException je ? je.getOriginalMessage() : t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  private static void validate(String source, String where, Rule rule) {
    if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
      throw new RuleException(source, where + ": id must be UPPER_SNAKE, got " + rule.id());
    }
    if (rule.description() == null || rule.description().isBlank()) {
      throw new RuleException(source, where + ": description is missing");
    }
    List<RuleExample> ex = rule.examples();
    if (ex == null || ex.stream().noneMatch(RuleExample::shouldFire)) {
      throw new RuleException(source, where + ": needs at least one example where it fires");
    }
    if (ex.stream().allMatch(RuleExample::shouldFire)) {
      throw new RuleException(
          source, where + ": needs at least one example where it does not fire (fires: false)");
    }
  }

  private static byte[] readBundled(String file) {
    try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(BUNDLED + file)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new RuleException(BUNDLED + file, "cannot read bundled rules: " + e.getMessage(), e);
    }
  }

  private byte[] readUser(String file) {
    if (userDir == null) {
      return null;
    }
    Path p = userDir.resolve(file);
    if (!Files.exists(p)) {
      return null;
    }
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new RuleException(p.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private synchronized void record(String key, byte[] bytes) {
    fileHashes.put(key, Hashes.sha256(bytes));
  }
}
