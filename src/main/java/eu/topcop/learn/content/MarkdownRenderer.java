package eu.topcop.learn.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Lessons' Markdown to HTML that is safe to show: raw HTML in the Markdown is escaped (shown as text),
 * link targets are restricted to safe schemes, and the result passes a jsoup allow-list as a second guard.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "https", "http", "mailto")
            .removeProtocols("img", "src", "http");

    public String toHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, safelist);
    }
}
