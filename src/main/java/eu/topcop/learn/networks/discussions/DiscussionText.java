package eu.topcop.learn.networks.discussions;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.Mistakes;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The rules of what people write in discussions, from the same numbers as the columns. The renderer already shows
 * raw HTML as text, so a script could never run; a post that tries one is refused all the same, so that its author
 * learns it at once instead of seeing their text shown as markup. Quotes nest one level at most.
 */
public final class DiscussionText {

    /** {@code discussion_thread.title} is VARCHAR(200). */
    public static final int TITLE_MAX = 200;

    /** {@code discussion_post.body} is TEXT (65,535 bytes): this many characters fit in any script. */
    public static final int BODY_MAX = 16_000;

    private static final Parser PARSER = Parser.builder().build();

    private static final Pattern ACTIVE_HTML = Pattern.compile(
            "<\\s*/?\\s*(script|style|iframe|object|embed|form|svg|math|meta|link|base)\\b|\\son[a-z]+\\s*=|javascript:|vbscript:",
            Pattern.CASE_INSENSITIVE);

    private DiscussionText() {}

    static void title(String title, Mistakes problems) {
        if (title == null || title.isBlank()) {
            problems.add("title", "Give the thread a title", "err_title_missing");
        } else if (title.strip().codePointCount(0, title.strip().length()) > TITLE_MAX) {
            problems.add("title", "is too long: at most " + TITLE_MAX + " characters", "err_title_long");
        }
    }

    /** The language code of a post, or a problem; blank means the reader's language. */
    static String language(String code, String readersLanguage, Mistakes problems) {
        if (code == null || code.isBlank()) {
            return readersLanguage;
        }
        var language = Language.of(code);
        if (language.isEmpty()) {
            problems.add("language", "Choose one of the seven languages", "err_language");
            return null;
        }
        return language.get().code();
    }

    static void body(String body, Mistakes problems) {
        if (body == null || body.isBlank()) {
            problems.add("body", "Write something", "err_body_missing");
            return;
        }
        if (body.codePointCount(0, body.length()) > BODY_MAX || body.getBytes(StandardCharsets.UTF_8).length > 65_535) {
            problems.add("body", "is too long: at most " + BODY_MAX + " characters", "err_body_long");
            return;
        }
        Node document = PARSER.parse(body);
        Checks checks = new Checks();
        document.accept(checks);
        if (checks.active) {
            problems.add(
                    "body",
                    "contains HTML scripts or active content; write Markdown only (scripts are not allowed)",
                    "err_body_script");
        }
        if (checks.deepestQuote > 1) {
            problems.add(
                    "body",
                    "nests quotes more than one level deep; quote one post (its own text) at a time",
                    "err_body_deep_quote");
        }
    }

    /** Walks the Markdown once for active content and the depth of its quotes. */
    private static final class Checks extends AbstractVisitor {
        boolean active;
        int depth;
        int deepestQuote;

        @Override
        public void visit(BlockQuote quote) {
            depth++;
            deepestQuote = Math.max(deepestQuote, depth);
            visitChildren(quote);
            depth--;
        }

        @Override
        public void visit(HtmlBlock html) {
            active |= ACTIVE_HTML.matcher(html.getLiteral()).find();
        }

        @Override
        public void visit(HtmlInline html) {
            active |= ACTIVE_HTML.matcher(html.getLiteral()).find();
        }

        @Override
        public void visit(Link link) {
            active |= unsafe(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            active |= unsafe(image.getDestination());
            visitChildren(image);
        }

        private static boolean unsafe(String destination) {
            String d = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
            return d.startsWith("javascript:") || d.startsWith("vbscript:") || d.startsWith("data:");
        }
    }
}
