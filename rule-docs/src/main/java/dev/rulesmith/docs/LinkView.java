package dev.rulesmith.docs;

import java.nio.charset.StandardCharsets;

/** Text that links to {@code url} when the url is safe (http, https, mailto or relative), else plain text. */
record LinkView(String text, String url) {

    static LinkView of(String text, String url) {
        String safe = url != null && !url.isBlank() && MarkdownText.safeUrl(url) ? url.strip() : null;
        return new LinkView(text, safe);
    }

    boolean linked() {
        return url != null;
    }

    /** The url as a Markdown link destination: characters that would end or break it are percent-encoded. */
    String markdownUrl() {
        if (url == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c == ' ' || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\' || c < 0x20) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A link to a page of a repository browser: the base address plus the path, each segment percent-encoded. */
    static LinkView source(String baseUrl, String relativePath) {
        StringBuilder url = new StringBuilder(baseUrl);
        for (String segment : relativePath.split("/")) {
            url.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "-._~".indexOf(c) >= 0;
                if (unreserved) {
                    url.append(c);
                } else {
                    url.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return of(relativePath, url.toString());
    }
}
