package dev.rulesmith.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Renders the Markdown a rule holds ({@code note}, {@code setup}) safely. Raw HTML is never passed through: HTML
 * blocks and inline HTML become literal text. Links keep only http, https, mailto and relative destinations (others
 * become plain text), and images become links, so that a page loads nothing from elsewhere. Headings are shifted so
 * the shallowest one lands on a chosen level.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private MarkdownText() {
    }

    /** HTML for a page; the shallowest heading becomes {@code <h{topLevel}>}. */
    static String html(String markdown, int topLevel) {
        return HTML.render(safeTree(markdown, topLevel));
    }

    /** Markdown again, made safe the same way, for the Markdown pages. */
    static String markdown(String markdown, int topLevel) {
        return MARKDOWN.render(safeTree(markdown, topLevel)).strip();
    }

    /** Whether the text opens with a heading (then it brings its own section titles). */
    static boolean startsWithHeading(String markdown) {
        return PARSER.parse(markdown).getFirstChild() instanceof Heading;
    }

    /** True for destinations a page may link to: http, https, mailto, or relative without a scheme. */
    static boolean safeUrl(String url) {
        String trimmed = url.strip().toLowerCase(Locale.ROOT);
        int colon = trimmed.indexOf(':');
        int boundary = firstOf(trimmed, "/?#");
        if (colon < 0 || (boundary >= 0 && boundary < colon)) {
            return !trimmed.startsWith("//") && trimmed.chars().noneMatch(Character::isISOControl);
        }
        String scheme = trimmed.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static Node safeTree(String markdown, int topLevel) {
        Node document = PARSER.parse(markdown);
        Sanitizer sanitizer = new Sanitizer();
        document.accept(sanitizer);
        sanitizer.apply(topLevel);
        return document;
    }

    /** Collects what to rewrite while visiting; rewrites afterwards (the tree must not change under the visitor). */
    private static final class Sanitizer extends AbstractVisitor {
        private final List<Node> html = new ArrayList<>();
        private final List<Link> unsafeLinks = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();

        @Override
        public void visit(HtmlBlock block) {
            html.add(block);
        }

        @Override
        public void visit(HtmlInline inline) {
            html.add(inline);
        }

        @Override
        public void visit(Link link) {
            if (!safeUrl(link.getDestination())) {
                unsafeLinks.add(link);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            images.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }

        void apply(int topLevel) {
            for (Node node : html) {
                String literal = node instanceof HtmlBlock b ? b.getLiteral() : ((HtmlInline) node).getLiteral();
                Node text = new Text(literal.stripTrailing());
                Node replacement = node instanceof HtmlBlock ? wrap(new Paragraph(), text) : text;
                node.insertBefore(replacement);
                node.unlink();
            }
            images.forEach(MarkdownText::imageToLink);
            unsafeLinks.forEach(MarkdownText::unwrap);
            int shallowest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topLevel);
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() - shallowest + topLevel)));
        }
    }

    private static Node wrap(Node parent, Node child) {
        parent.appendChild(child);
        return parent;
    }

    private static void imageToLink(Image image) {
        Link link = new Link(image.getDestination(), image.getTitle());
        moveChildren(image, link);
        if (link.getFirstChild() == null) {
            link.appendChild(new Text(image.getDestination()));
        }
        image.insertBefore(link);
        image.unlink();
        if (!safeUrl(link.getDestination())) {
            unwrap(link);
        }
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}
