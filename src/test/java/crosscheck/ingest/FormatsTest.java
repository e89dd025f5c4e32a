package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each article format gives clean text and the file's own metadata, marked with origin "file". */
class FormatsTest {
  private static final Path FORMATS = Path.of("fixtures/formats");

  @TempDir Path tmp;

  @Test
  void htmlKeepsTheArticleAndDropsNavigationScriptsStylesFootersAndWidgets() {
    Document d = Ingest.one(FORMATS.resolve("drone-exports.html"));
    assertThat(d.text())
        .startsWith("China\u2019s drone parts exports to Russia doubled in 2024")
        .contains("reached about $1.2 billion last year", "between 35 and 50 new shell companies",
            "\u201cnormal commercial activity\u201d")
        .doesNotContain("Home", "dataLayer", "font-family", "Share on Facebook", "Photo by", "Sign up here",
            "Kyiv says it downed", "Privacy", "All Rights Reserved", "ADVERTISEMENT", "trade correspondent",
            "By Anna Kovalenko");
    assertThat(d.text()).contains("\n\n");
    assertThat(d.removed()).extracting(Removed::rule).contains("ADVERTISEMENT", "AUTHOR_BIO", "BYLINE");
  }

  @Test
  void htmlMetadataComesFromOgTagsMetaDateAndCanonicalLink() {
    Document d = Ingest.one(FORMATS.resolve("drone-exports.html"));
    assertThat(d.title()).isEqualTo(new Field("China\u2019s drone parts exports to Russia doubled in 2024, customs data show", "file"));
    assertThat(d.source()).isEqualTo(new Field("Baltic Ledger", "file"));
    assertThat(d.published()).isEqualTo(new Field("2025-02-14", "file"));
    assertThat(d.url().value()).isEqualTo("https://news.example.org/world/2025/02/14/china-drone-parts-russia");
  }

  @Test
  void htmlTitleFallsBackToH1ThenTitleElement() throws IOException {
    Path h1 = Files.writeString(tmp.resolve("a.html"),
        "<html><head><title>Site | Page</title></head><body><h1>Kremlin hails talks</h1><p>Text of the story here.</p></body></html>");
    Path title = Files.writeString(tmp.resolve("b.html"),
        "<html><head><title>Only a title</title></head><body><p>Text of the story here.</p></body></html>");
    assertThat(Ingest.one(h1).title().value()).isEqualTo("Kremlin hails talks");
    assertThat(Ingest.one(title).title().value()).isEqualTo("Only a title");
  }

  @Test
  void jsonArticleReadsBodySourceObjectUrlAndDate() {
    Document d = Ingest.one(FORMATS.resolve("arms-deal.json"));
    assertThat(d.source()).isEqualTo(new Field("Eastern Wire", "file"));
    assertThat(d.published()).isEqualTo(new Field("2024-05-17", "file"));
    assertThat(d.title().value()).isEqualTo("Russia and China sign deal on joint helicopter production");
    assertThat(d.text()).startsWith("BEIJING, May 17, 2024 (Eastern Wire) \u2014 Russia and China signed")
        .doesNotContain("Sign up for our Asia newsletter", "Copyright 2024");
    assertThat(d.path()).isEqualTo(FORMATS.resolve("arms-deal.json").toString());
  }

  @Test
  void jsonlGivesOneDocumentPerLineWithTheLineInPathAndId() {
    List<Document> docs = Ingest.paths(FORMATS.resolve("wire-feed.jsonl")).documents();
    assertThat(docs).extracting(Document::path).containsExactly(
        "fixtures/formats/wire-feed.jsonl#1", "fixtures/formats/wire-feed.jsonl#2", "fixtures/formats/wire-feed.jsonl#3");
    assertThat(docs).extracting(Document::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
    assertThat(docs.get(0).title().value()).isEqualTo("Ukraine says 600 Chinese soldiers training in Russia");
    assertThat(docs.get(0).published().value()).isEqualTo("2025-06-27");
    assertThat(docs.get(0).text()).doesNotContain("ADVERTISEMENT");
  }

  @Test
  void jsonlHtmlContentIsReadAsHtml() {
    Document nato = Ingest.paths(FORMATS.resolve("wire-feed.jsonl")).documents().get(1);
    assertThat(nato.text()).isEqualTo(
        "NATO leaders agreed on Wednesday to lift their defence spending target from the current 2% of GDP to 5% by 2035.\n\n"
            + "Spain said it would not meet the new goal.");
  }

  @Test
  void markdownTitleIsTheFirstHeadingAndHeadingMarksAreDropped() {
    Document d = Ingest.one(FORMATS.resolve("budget-briefing.md"));
    assertThat(d.title()).isEqualTo(new Field("China raises defence budget by 7.2 percent", "file"));
    assertThat(d.text()).doesNotContain("#").contains("\n\nWhat the budget covers\n\n").doesNotContain("Share this article");
  }

  @Test
  void foldersAreReadRecursivelyInSortedOrderSkippingHiddenFilesManifestsAndOtherTypes() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("corpus"));
    Files.createDirectories(root.resolve("b/sub"));
    Files.createDirectories(root.resolve(".git"));
    for (String f : List.of("b/sub/z.txt", "b/a.txt", "c.md", "a.txt", ".hidden.txt", ".git/x.txt")) {
      Files.writeString(root.resolve(f), "Article text of " + f + " with enough words.");
    }
    Files.writeString(root.resolve("manifest.json"), "{\"documents\": []}");
    Files.writeString(root.resolve("notes.yaml"), "not: an article");
    Files.write(root.resolve("photo.png"), new byte[] {1, 2, 3});
    IngestResult r = Ingest.paths(root);
    assertThat(r.documents()).extracting(d -> root.relativize(Path.of(d.path())).toString())
        .containsExactly("a.txt", "b/a.txt", "b/sub/z.txt", "c.md");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void textMetadataComesFromADatelineWithOriginText() {
    Document d = Ingest.text("KYIV, March 3, 2025 (Reuters) \u2014 Ukraine said on Monday it shot down 40 drones overnight.");
    assertThat(d.source()).isEqualTo(new Field("Reuters", "text"));
    assertThat(d.published()).isEqualTo(new Field("2025-03-03", "text"));
  }

  @Test
  void fromTextCleansLikeAFile() {
    Document d = Ingest.text("Moscow said exports rose 12\u00A0500 tonnes.\n\n\n\nADVERTISEMENT\n\nMore   text  here.");
    assertThat(d.text()).isEqualTo("Moscow said exports rose 12 500 tonnes.\n\nMore text here.");
    assertThat(d.id()).isEqualTo("1");
    assertThat(d.path()).isEqualTo("-");
    assertThat(d.removed()).containsExactly(new Removed("ADVERTISEMENT", "ADVERTISEMENT"));
  }
}
