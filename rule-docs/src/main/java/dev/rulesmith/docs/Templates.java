package dev.rulesmith.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The site's Mustache templates (under {@code templates/} beside this class). HTML templates escape every value
 * ({@link #htmlEscape}); the Markdown template escapes values for Markdown ({@link #markdownEscape}). Triple
 * mustaches are used only for already-sanitized Markdown output, for text inside code fences and for link targets
 * already checked by {@link LinkView}.
 */
final class Templates {

    private final MustacheFactory html = new EscapingFactory(Templates::htmlEscape);
    private final MustacheFactory markdown = new EscapingFactory(Templates::markdownEscape);

    /** What the shared head partial needs: the page title and the relative path to the site root. */
    record Frame(String pageTitle, String root) {
    }

    String html(String template, Frame frame, Object page) {
        return render(html.compile(template + ".mustache"), frame, page);
    }

    String markdown(String template, Object page) {
        return render(markdown.compile(template + ".md.mustache"), new Frame("", ""), page);
    }

    private static String render(Mustache mustache, Frame frame, Object page) {
        StringWriter out = new StringWriter();
        mustache.execute(out, new Object[] {frame, page});
        return out.toString();
    }

    private static InputStreamReader resource(String name) {
        InputStream in = Templates.class.getResourceAsStream("templates/" + name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Escapes text for Markdown: ASCII punctuation that could start markup (emphasis, code, links, HTML, entities,
     * headings, table cells) gets a backslash, and line breaks become spaces.
     */
    static String markdownEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_[]<>&#|!~".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes text for HTML element content and double- or single-quoted attribute values: the five characters that
     * could end either.
     */
    static String htmlEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A factory reading this package's templates, escaping values with the given function. */
    private static final class EscapingFactory extends DefaultMustacheFactory {
        private final UnaryOperator<String> escape;

        EscapingFactory(UnaryOperator<String> escape) {
            super(Templates::resource);
            this.escape = escape;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape.apply(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
