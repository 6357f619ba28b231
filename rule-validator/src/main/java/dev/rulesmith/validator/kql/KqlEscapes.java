package dev.rulesmith.validator.kql;

import java.util.ArrayList;
import java.util.List;

/** Kibana's escape rules for quoted and unquoted KQL literals. */
final class KqlEscapes {

    private static final String KEYWORD_ESCAPES = "and|or|not";

    private KqlEscapes() {
    }

    /** A quoted string, quotes included: a phrase, never a wildcard. */
    static KqlValue quoted(String raw) {
        String body = raw.substring(1, raw.length() - 1);
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                int consumed = quotedEscape(body, i, text);
                if (consumed > 0) {
                    i += consumed - 1;
                    continue;
                }
            }
            text.append(c);
        }
        return KqlValue.literal(text.toString(), true);
    }

    /** An unquoted literal: escapes removed, unescaped {@code *} splitting wildcard parts. */
    static KqlValue unquoted(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        StringBuilder part = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                int before = text.length();
                int consumed = escape(raw, i, text, "\\():<>\"*{}");
                if (consumed > 0) {
                    part.append(text, before, text.length());
                    i += consumed - 1;
                    continue;
                }
            }
            text.append(c);
            if (c == '*') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (!parts.isEmpty()) {
            parts.add(part.toString());
        }
        return new KqlValue(text.toString(), false, parts);
    }

    /** In a quoted string only \\, \", \t, \n, \r and \\uXXXX are escapes; any other backslash is literal. */
    private static int quotedEscape(String s, int i, StringBuilder out) {
        char next = s.charAt(i + 1);
        if (next == '\\' || next == '"') {
            out.append(next);
            return 2;
        }
        return next == 'u' || "tnr".indexOf(next) >= 0 ? escape(s, i, out, "") : 0;
    }

    /** Appends the character an escape at {@code i} stands for; returns the characters consumed (0: no escape). */
    private static int escape(String s, int i, StringBuilder out, String literalEscapes) {
        char next = s.charAt(i + 1);
        if (literalEscapes.indexOf(next) >= 0) {
            out.append(next);
            return 2;
        }
        switch (next) {
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 'u' -> {
                return unicode(s, i, out);
            }
            default -> {
                return keyword(s, i, out);
            }
        }
        return 2;
    }

    private static int unicode(String s, int i, StringBuilder out) {
        if (i + 6 <= s.length() && s.substring(i + 2, i + 6).chars().allMatch(KqlEscapes::isHex)) {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
            return 6;
        }
        return 0;
    }

    private static int keyword(String s, int i, StringBuilder out) {
        for (String keyword : KEYWORD_ESCAPES.split("\\|")) {
            if (s.regionMatches(true, i + 1, keyword, 0, keyword.length())) {
                out.append(s, i + 1, i + 1 + keyword.length());
                return keyword.length() + 1;
            }
        }
        return 0;
    }

    private static boolean isHex(int c) {
        return Character.digit(c, 16) >= 0;
    }
}
