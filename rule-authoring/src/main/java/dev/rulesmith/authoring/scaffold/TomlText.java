package dev.rulesmith.authoring.scaffold;

/** TOML string literals for the scaffold's values. */
final class TomlText {

    private TomlText() {
    }

    /** A basic string, {@code "..."}, with quotes, backslashes and control characters escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Text to stand inside a multi-line basic string ({@code """...""""}): backslashes and quotes escaped. */
    static String inMultiLine(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
