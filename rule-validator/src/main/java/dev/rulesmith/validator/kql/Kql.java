package dev.rulesmith.validator.kql;

import dev.rulesmith.validator.query.QuerySyntaxException;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/** The KQL parser facade: text in, immutable {@link KqlNode} out, or a {@link QuerySyntaxException} at line:col. */
public final class Kql {

    private Kql() {
    }

    public static KqlNode parse(String query) {
        ThrowingErrorListener errors = new ThrowingErrorListener();
        KqlBaseLexer lexer = new KqlBaseLexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        KqlBaseParser parser = new KqlBaseParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        return new KqlTreeBuilder(query).build(parser.topLevelQuery());
    }

    private static final class ThrowingErrorListener extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            throw new QuerySyntaxException(line, charPositionInLine + 1, msg);
        }
    }
}
