package dev.rulesmith.validator.esql;

import dev.rulesmith.validator.esql.EsqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One command of an ES|QL query: its name token ({@code FROM}, {@code KEEP}, ...) and the tokens that follow it. */
public record EsqlCommand(EsqlToken name, List<EsqlToken> arguments) {

    public EsqlCommand {
        arguments = List.copyOf(arguments);
    }

    /** The commands of {@code query}: its tokens split at the pipes outside parentheses. */
    public static List<EsqlCommand> parse(String query) {
        List<EsqlCommand> commands = new ArrayList<>();
        List<EsqlToken> current = new ArrayList<>();
        int depth = 0;
        for (EsqlToken token : EsqlLexer.tokens(query)) {
            if (token.kind() == Kind.PIPE && depth == 0) {
                add(commands, current);
                current = new ArrayList<>();
                continue;
            }
            depth = Math.max(0, depth + (token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0));
            current.add(token);
        }
        add(commands, current);
        return List.copyOf(commands);
    }

    private static void add(List<EsqlCommand> commands, List<EsqlToken> tokens) {
        if (!tokens.isEmpty()) {
            commands.add(new EsqlCommand(tokens.get(0), tokens.subList(1, tokens.size())));
        }
    }

    /** The command's name in lower case. */
    public String command() {
        return name.text().toLowerCase(Locale.ROOT);
    }

    /** True for the command {@code keyword}, ignoring case. */
    public boolean is(String keyword) {
        return name.isKeyword(keyword);
    }

    /**
     * The comma-separated names of the arguments from {@code from} (inclusive) up to the first token that is neither a
     * name nor a comma: the columns of {@code KEEP a, b*}, the metadata fields after {@code METADATA}.
     */
    public List<EsqlToken> names(int from) {
        List<EsqlToken> names = new ArrayList<>();
        for (EsqlToken token : arguments.subList(Math.min(from, arguments.size()), arguments.size())) {
            if (token.isName()) {
                names.add(token);
            } else if (token.kind() != Kind.COMMA) {
                break;
            }
        }
        return names;
    }

    /** The position of the first argument that is the keyword, or -1. */
    public int indexOfKeyword(String keyword) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).isKeyword(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
