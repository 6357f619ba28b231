package dev.rulesmith.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits TOML source into numbered lines of classified tokens (table headers, keys, strings, comments, other), for
 * templates to wrap in spans. Multi-line strings carry over from line to line. It only classifies text for display:
 * it never rejects input, and the tokens of a line always concatenate back to the line.
 */
final class TomlHighlighter {

    private static final String KEY_PART = "(?:[A-Za-z0-9_-]+|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')";
    private static final Pattern KEY = Pattern.compile(
            "^(\\s*)(" + KEY_PART + "(?:\\s*\\.\\s*" + KEY_PART + ")*)(?=\\s*=)");
    private static final Pattern TABLE = Pattern.compile("^(\\s*)(\\[\\[?[^\\]#]*\\]\\]?)");

    /** One token; {@code kind} is one of key, table, string, comment, text. */
    record Token(String kind, String text) {
    }

    /** One source line, numbered from 1. */
    record Line(int number, List<Token> tokens) {
        Line {
            tokens = List.copyOf(tokens);
        }
    }

    private String openDelimiter = "";

    private TomlHighlighter() {
    }

    static List<Line> highlight(String source) {
        TomlHighlighter highlighter = new TomlHighlighter();
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        int count = lines.length;
        if (count > 1 && lines[count - 1].isEmpty()) {
            count--;
        }
        List<Line> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Line(i + 1, highlighter.line(lines[i])));
        }
        return out;
    }

    private List<Token> line(String text) {
        Tokens tokens = new Tokens();
        int at = 0;
        if (!openDelimiter.isEmpty()) {
            at = closeString(text, 0, tokens);
        } else {
            at = leading(text, tokens);
        }
        while (at < text.length()) {
            at = value(text, at, tokens);
        }
        return tokens.list();
    }

    private int leading(String text, Tokens tokens) {
        Matcher table = TABLE.matcher(text);
        if (table.find()) {
            tokens.add("text", table.group(1));
            tokens.add("table", table.group(2));
            return table.end();
        }
        Matcher key = KEY.matcher(text);
        if (key.find()) {
            tokens.add("text", key.group(1));
            tokens.add("key", key.group(2));
            return key.end();
        }
        return 0;
    }

    private int value(String text, int at, Tokens tokens) {
        char c = text.charAt(at);
        if (c == '#') {
            tokens.add("comment", text.substring(at));
            return text.length();
        }
        if (c == '"' || c == '\'') {
            String quote = String.valueOf(c);
            String delimiter = text.startsWith(quote.repeat(3), at) ? quote.repeat(3) : quote;
            openDelimiter = delimiter;
            tokens.add("string", delimiter);
            return closeString(text, at + delimiter.length(), tokens);
        }
        tokens.add("text", String.valueOf(c));
        return at + 1;
    }

    /** Consumes string content up to and including the open delimiter; to the end of line if it does not close. */
    private int closeString(String text, int from, Tokens tokens) {
        boolean basic = openDelimiter.charAt(0) == '"';
        int i = from;
        while (i < text.length()) {
            if (basic && text.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (text.startsWith(openDelimiter, i)) {
                int end = i + openDelimiter.length();
                char quote = openDelimiter.charAt(0);
                while (openDelimiter.length() == 3 && end < text.length() && text.charAt(end) == quote
                        && end - i < 5) {
                    end++;
                }
                tokens.add("string", text.substring(from, end));
                openDelimiter = "";
                return end;
            }
            i++;
        }
        tokens.add("string", text.substring(from));
        if (openDelimiter.length() == 1) {
            openDelimiter = "";
        }
        return text.length();
    }

    /** Collects tokens, merging neighbours of one kind and dropping empty text. */
    private static final class Tokens {
        private final List<Token> tokens = new ArrayList<>();

        void add(String kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = tokens.size() - 1;
            if (last >= 0 && tokens.get(last).kind().equals(kind)) {
                tokens.set(last, new Token(kind, tokens.get(last).text() + text));
            } else {
                tokens.add(new Token(kind, text));
            }
        }

        List<Token> list() {
            return List.copyOf(tokens);
        }
    }
}
