package crosscheck.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page to article text and metadata with jsoup: the {@code <article>} (or main content)
 * without navigation, scripts, styles, headers, footers, asides, forms and share or newsletter
 * widgets; one paragraph per block element. Title from og:title, h1 or title; outlet from
 * og:site_name; date from the usual meta tags or a time element; URL from the canonical link.
 */
final class HtmlArticle {
  private static final String NOT_CONTENT =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg,"
          + " figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary]";
  /** class or id words of page furniture around articles. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:share|sharing|social|newsletter|subscribe|signup|related|recommended|"
          + "advert|ads?|promo|cookie|comments?|breadcrumbs?|byline-social|paywall|outbrain|taboola)(?:$|[-_ ])");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dt, dd";
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[name=article:published_time]",
    "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
    "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[property=og:published_time]"
  };

  private HtmlArticle() {}

  static Article parse(String html) {
    Document page = Jsoup.parse(html);
    String title = first(meta(page, "meta[property=og:title]"), text(page.selectFirst("h1")), page.title());
    String source = first(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=publisher]"));
    String published = published(page);
    String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "meta[property=og:url]"));
    return new Article(text(page), title, source, published, url);
  }

  private static String published(Document page) {
    for (String selector : DATE_META) {
      String v = meta(page, selector);
      if (v != null) {
        return v;
      }
    }
    Element time = page.selectFirst("article time[datetime], time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String text(Document page) {
    page.select(NOT_CONTENT).remove();
    for (Element e : page.body().select("[class], [id]")) {
      if (e.parent() != null && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())) {
        e.remove();
      }
    }
    Element root = first(page.selectFirst("article"), page.selectFirst("main"),
        page.selectFirst("[role=main]"), page.body());
    StringBuilder out = new StringBuilder();
    Elements blocks = root.select(BLOCKS);
    for (Element b : blocks) {
      if (insideBlock(b, root)) {
        continue; // its text is part of an enclosing block already taken
      }
      String t = b.text().strip();
      if (!t.isEmpty()) {
        out.append(t).append("\n\n");
      }
    }
    if (out.isEmpty()) {
      out.append(root.wholeText());
    }
    return out.toString();
  }

  private static boolean insideBlock(Element b, Element root) {
    for (Element p = b.parent(); p != null && p != root; p = p.parent()) {
      if (p.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document page, String selector) {
    return attr(page.selectFirst(selector), "content");
  }

  private static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }
}
