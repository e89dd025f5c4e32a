package crosscheck.ingest;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One article object of a .json or .jsonl file. The field names news exports and scrapers use:
 * text/body/content/articleBody, title/headline, source/outlet/publisher/site (a string or an
 * object with a name), url/link, published/date/published_at/datePublished. A text that is HTML
 * is read as HTML.
 */
final class JsonArticle {
  private static final List<String> TEXT = List.of("text", "body", "content", "articleBody", "article");
  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> SOURCE = List.of("source", "outlet", "publisher", "site", "site_name");
  private static final List<String> URL = List.of("url", "link");
  private static final List<String> DATE =
      List.of("published", "date", "published_at", "publishedAt", "datePublished", "pubDate");

  private JsonArticle() {}

  /**
   * The article, or throws with a reason a user understands.
   *
   * @throws IllegalArgumentException when the value is not an object or has no text
   */
  static Article from(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with the article, found "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    String text = field(node, TEXT);
    if (text == null) {
      throw new IllegalArgumentException("no article text: none of the fields " + TEXT + " holds a string");
    }
    String title = field(node, TITLE);
    String source = field(node, SOURCE);
    String published = field(node, DATE);
    String url = field(node, URL);
    if (looksLikeHtml(text)) {
      Article html = HtmlArticle.parse(text);
      return new Article(html.text(), title, source, published, url);
    }
    return new Article(text, title, source, published, url);
  }

  private static boolean looksLikeHtml(String text) {
    return text.indexOf('<') >= 0 && (text.contains("</p>") || text.contains("<br") || text.contains("</div>"));
  }

  private static String field(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isString() || v.isNumber()) {
        String s = v.asString();
        if (!s.isBlank()) {
          return s;
        }
      } else if (v.isObject() && v.get("name") != null && v.get("name").isString()) {
        return v.get("name").asString();
      }
    }
    return null;
  }
}
