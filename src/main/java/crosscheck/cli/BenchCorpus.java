package crosscheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark corpus built from the fixture articles with a fixed seed: each document is a
 * template article with its numbers varied, an outlet, a dateline and a copyright footer, so the
 * corpus is not one text repeated and ingest meets its real work (mojibake, boilerplate). By
 * default half the documents are .txt files and half are records of .jsonl files.
 */
final class BenchCorpus {
  private static final String[] OUTLETS = {
    "Baltic Ledger", "Eastern Wire", "Harbour Times", "Kyiv Daily", "Trade Monitor", "Pacific Courier",
    "Danube Post", "Northern Dispatch", "Steppe Review", "Capital Gazette", "Gulf Observer", "Alpine Herald"
  };
  private static final String[] CITIES = {"KYIV", "BEIJING", "MOSCOW", "WASHINGTON", "BRUSSELS", "TAIPEI", "VILNIUS"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };
  static final int RECORDS_PER_JSONL = 100;
  private static final int FILES_PER_FOLDER = 1000;

  /** What was written. */
  record Built(Path dir, int documents, int textFiles, int jsonlFiles, long bytes) {}

  private BenchCorpus() {}

  /** The UTF-8 .txt and .md articles directly inside the folders, in name order. */
  static List<String> templates(List<Path> folders) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
      }
      for (Path f : files) {
        try {
          out.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString());
        } catch (CharacterCodingException e) {
          // a legacy-encoded fixture: not a template
        }
      }
    }
    return out;
  }

  /** Which files the corpus has: .txt only, .jsonl only, or half and half. */
  enum Layout { txt, jsonl, mixed }

  static Built build(Path dir, List<String> templates, int documents, long seed) throws IOException {
    return build(dir, templates, documents, seed, Layout.mixed);
  }

  static Built build(Path dir, List<String> templates, int documents, long seed, Layout layout) throws IOException {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no UTF-8 .txt or .md fixture articles to build a corpus from");
    }
    Random random = new Random(seed);
    ObjectMapper json = JsonMapper.builder().build();
    int textFiles = 0;
    int jsonlFiles = 0;
    BufferedWriter jsonl = null;
    int inJsonl = 0;
    try {
      for (int i = 0; i < documents; i++) {
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        int year = 2022 + random.nextInt(4);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String body = vary(templates.get(random.nextInt(templates.size())), random);
        String text = CITIES[random.nextInt(CITIES.length)] + ", " + MONTHS[month - 1] + " " + day + ", " + year
            + " (" + outlet + ") \u2014 " + body.strip() + "\n\n\u00a9 " + year + " " + outlet + ". All Rights Reserved.\n";
        if (layout == Layout.txt || (layout == Layout.mixed && i % 2 == 0)) {
          Path folder = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "txt%03d", textFiles / FILES_PER_FOLDER)));
          Files.writeString(folder.resolve(String.format(Locale.ROOT, "doc%07d.txt", i)), text);
          textFiles++;
          continue;
        }
        if (jsonl == null) {
          jsonl = Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "feed%05d.jsonl", jsonlFiles++)));
        }
        var record = json.createObjectNode()
            .put("title", title(body))
            .put("source", outlet)
            .put("published", String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day))
            .put("url", "https://news.example.org/" + year + "/" + i)
            .put("text", text);
        jsonl.write(json.writeValueAsString(record));
        jsonl.write('\n');
        if (++inJsonl == RECORDS_PER_JSONL) {
          jsonl.close();
          jsonl = null;
          inJsonl = 0;
        }
      }
    } finally {
      if (jsonl != null) {
        jsonl.close();
      }
    }
    return new Built(dir, documents, textFiles, jsonlFiles, size(dir));
  }

  /** Every digit of every number changed at random, except four-digit years 19xx/20xx. */
  static String vary(String text, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      String digits = text.substring(i, end);
      boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
      for (int k = 0; k < digits.length(); k++) {
        out.append(year ? digits.charAt(k) : (char) ((k == 0 && digits.length() > 1 ? '1' : '0')
            + random.nextInt(k == 0 && digits.length() > 1 ? 9 : 10)));
      }
      i = end;
    }
    return out.toString();
  }

  private static String title(String body) {
    String first = body.strip().lines().findFirst().orElse("");
    return first.length() <= 90 ? first : first.substring(0, 90);
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
