/*
 * ES|QL tokens, written from Elasticsearch's ES|QL reference. As in Elasticsearch, the command keyword that starts
 * each command selects a lexer mode: index patterns after FROM, column patterns after KEEP/DROP/RENAME, expressions
 * after the other commands Rulesmith models, and opaque tokens (strings, names, balanced parentheses) after commands
 * it only recognises (ENRICH, LOOKUP JOIN, COMPLETION, ...). A pipe outside parentheses returns to command mode.
 * Keywords are case-insensitive.
 */
lexer grammar EsqlBaseLexer;

options { caseInsensitive = true; }

// nested /* ... */ comments, as in Elasticsearch, are lexed by hand in linear time; the rule only declares the token
@lexer::members {
    /** Lexes a bracketed comment, nested ones included, in any mode; any other token by the generated rules. */
    @Override
    public Token nextToken() {
        if (_input.LA(1) != '/' || _input.LA(2) != '*') {
            return super.nextToken();
        }
        int start = _input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        int depth = 0;
        do {
            if (_input.LA(1) == IntStream.EOF) {
                getErrorListenerDispatch().syntaxError(this, null, line, column,
                        "unterminated comment: '/*' is never closed by '*/'", null);
                break;
            }
            boolean open = _input.LA(1) == '/' && _input.LA(2) == '*';
            boolean close = _input.LA(1) == '*' && _input.LA(2) == '/';
            depth += open ? 1 : close ? -1 : 0;
            getInterpreter().consume(_input);
            if (open || close) {
                getInterpreter().consume(_input);
            }
        } while (depth > 0);
        return _factory.create(_tokenFactorySourcePair, BLOCK_COMMENT, null, HIDDEN, start, _input.index() - 1,
                line, column);
    }
}

fragment LETTER : [a-z];
fragment DIGIT : [0-9];
fragment SPACE : [ \t\r\n];
fragment ESCAPE : '\\' [tnr"\\];
fragment STRING_BODY : '"' (ESCAPE | ~[\\"\r\n])* '"';
fragment TRIPLE_BODY : '"""' .*? '"""' '"'? '"'?;
fragment QUOTED_BODY : '`' (~'`' | '``')* '`';
fragment ID_BODY : LETTER | DIGIT | '_';
fragment EXPONENT : 'e' [+-]? DIGIT+;

// command mode
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS : SPACE+ -> channel(HIDDEN);

FROM : 'from' -> pushMode(SOURCE_MODE);
KEEP : 'keep' -> pushMode(PROJECT_MODE);
DROP : 'drop' -> pushMode(PROJECT_MODE);
RENAME : 'rename' -> pushMode(PROJECT_MODE);
WHERE : 'where' -> pushMode(EXPRESSION_MODE);
EVAL : 'eval' -> pushMode(EXPRESSION_MODE);
ROW : 'row' -> pushMode(EXPRESSION_MODE);
STATS : 'stats' -> pushMode(EXPRESSION_MODE);
INLINE_STATS : ('inline' SPACE+ 'stats' | 'inlinestats') -> pushMode(EXPRESSION_MODE);
SORT : 'sort' -> pushMode(EXPRESSION_MODE);
LIMIT : 'limit' -> pushMode(EXPRESSION_MODE);
MV_EXPAND : 'mv_expand' -> pushMode(EXPRESSION_MODE);
DISSECT : 'dissect' -> pushMode(EXPRESSION_MODE);
GROK : 'grok' -> pushMode(EXPRESSION_MODE);
UNSUPPORTED_COMMAND : ('enrich' | 'lookup' SPACE+ 'join' | ('left' | 'right' | 'full') SPACE+ 'join' | 'lookup'
    | 'completion' | 'change_point' | 'fork' | 'rerank' | 'sample' | 'show' | 'ts' | 'metrics' | 'fuse'
    | 'rrf' | 'explain' | 'set' | 'uri_parts' | 'registered_domain')
    -> pushMode(OPAQUE_MODE);
UNKNOWN_COMMAND : ~[ \t\r\n|/"`()]+ -> pushMode(OPAQUE_MODE);
PIPE : '|';

// FROM index patterns [METADATA fields]
mode SOURCE_MODE;
SOURCE_PIPE : '|' -> type(PIPE), popMode;
SOURCE_COMMA : ',' -> type(COMMA);
METADATA : 'metadata';
SOURCE_STRING : STRING_BODY -> type(STRING);
SOURCE_TRIPLE_STRING : TRIPLE_BODY -> type(TRIPLE_STRING);
SOURCE_NAME : ~[ \t\r\n,|"`/()[\]=]+;
SOURCE_LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
SOURCE_WS : SPACE+ -> channel(HIDDEN);

// KEEP, DROP, RENAME column patterns
mode PROJECT_MODE;
PROJECT_PIPE : '|' -> type(PIPE), popMode;
PROJECT_COMMA : ',' -> type(COMMA);
PROJECT_DOT : '.' -> type(DOT);
PROJECT_ASSIGN : '=' -> type(ASSIGN);
AS : 'as';
NAME_PATTERN : (LETTER | DIGIT | '_' | '@' | '*')+;
PROJECT_QUOTED_IDENTIFIER : QUOTED_BODY -> type(QUOTED_IDENTIFIER);
PROJECT_LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
PROJECT_WS : SPACE+ -> channel(HIDDEN);

// expressions
mode EXPRESSION_MODE;
EXPRESSION_PIPE : '|' -> type(PIPE), popMode;
TRIPLE_STRING : TRIPLE_BODY;
STRING : STRING_BODY;
INTEGER : DIGIT+;
DECIMAL : DIGIT+ '.' DIGIT* EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT;
AND : 'and';
ASC : 'asc';
BY : 'by';
DESC : 'desc';
FALSE : 'false';
FIRST : 'first';
IN : 'in';
IS : 'is';
LAST : 'last';
LIKE : 'like';
NOT : 'not';
NULL : 'null';
NULLS : 'nulls';
OR : 'or';
RLIKE : 'rlike';
TRUE : 'true';
FILTER_WHERE : 'where';
CAST : '::';
COLON : ':';
COMMA : ',';
DOT : '.';
ASSIGN : '=';
EQ : '==';
NEQ : '!=';
LT : '<';
LTE : '<=';
GT : '>';
GTE : '>=';
PLUS : '+';
MINUS : '-';
ASTERISK : '*';
SLASH : '/';
PERCENT : '%';
LP : '(';
RP : ')';
OPENING_BRACKET : '[';
CLOSING_BRACKET : ']';
LEFT_BRACE : '{';
RIGHT_BRACE : '}';
PARAM : '?';
NAMED_PARAM : '?' (LETTER | '_') ID_BODY* | '?' DIGIT+;
UNQUOTED_IDENTIFIER : LETTER ID_BODY* | ('_' | '@') ID_BODY+;
QUOTED_IDENTIFIER : QUOTED_BODY;
EXPRESSION_LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
EXPRESSION_WS : SPACE+ -> channel(HIDDEN);

// commands Rulesmith recognises without modelling: tokens up to the next pipe outside parentheses
mode OPAQUE_MODE;
OPAQUE_PIPE : '|' -> type(PIPE), popMode;
OPAQUE_OPEN : '(' -> type(OPAQUE), pushMode(OPAQUE_NESTED_MODE);
OPAQUE : TRIPLE_BODY | STRING_BODY | QUOTED_BODY | ~[ \t\r\n|"`(/]+ | '/';
OPAQUE_LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
OPAQUE_WS : SPACE+ -> channel(HIDDEN);

mode OPAQUE_NESTED_MODE;
NESTED_OPEN : '(' -> type(OPAQUE), pushMode(OPAQUE_NESTED_MODE);
NESTED_CLOSE : ')' -> type(OPAQUE), popMode;
NESTED_OPAQUE : (TRIPLE_BODY | STRING_BODY | QUOTED_BODY | ~[ \t\r\n"`()/]+ | '/') -> type(OPAQUE);
NESTED_LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
NESTED_WS : SPACE+ -> channel(HIDDEN);
