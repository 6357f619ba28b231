/*
 * ES|QL commands and expressions, written from Elasticsearch's ES|QL reference. Operator precedence, loosest first:
 * OR; AND; NOT; IS [NOT] NULL, [NOT] IN, [NOT] LIKE/RLIKE and the ':' match operator; comparisons; + and -;
 * *, / and %; unary minus; '::' casts. Which command may come first, and that ':' follows a field name, are
 * checked by the tree builder. Every decision needs a token or two of lookahead (a dotted name at most), so deeply
 * nested parentheses parse in linear time.
 */
parser grammar EsqlBaseParser;

options { tokenVocab = EsqlBaseLexer; }

query : command (PIPE command)* EOF;

command
    : FROM sourceNames (METADATA sourceNames)?                                  # fromCommand
    | WHERE booleanExpression                                                   # whereCommand
    | EVAL fields                                                               # evalCommand
    | ROW fields                                                                # rowCommand
    | (STATS | INLINE_STATS) aggregates? (BY fields)?                           # statsCommand
    | (KEEP | DROP) namePatterns                                                # projectCommand
    | RENAME renaming (COMMA renaming)*                                         # renameCommand
    | SORT order (COMMA order)*                                                 # sortCommand
    | LIMIT INTEGER                                                             # limitCommand
    | MV_EXPAND qualifiedName                                                   # mvExpandCommand
    | DISSECT primaryExpression string commandOption*                           # dissectCommand
    | GROK primaryExpression string (COMMA string)*                             # grokCommand
    | (UNSUPPORTED_COMMAND | UNKNOWN_COMMAND) OPAQUE*                           # opaqueCommand
    ;

sourceNames : sourceName (COMMA sourceName)*;
sourceName : SOURCE_NAME | string;

fields : field (COMMA field)*;
field : (qualifiedName ASSIGN)? booleanExpression;

aggregates : aggregate (COMMA aggregate)*;
aggregate : field (FILTER_WHERE booleanExpression)?;

namePatterns : namePattern (COMMA namePattern)*;
namePattern : namePatternPart (DOT (namePatternPart | AS))*;
namePatternPart : NAME_PATTERN | QUOTED_IDENTIFIER;
renaming : namePattern AS namePattern | namePattern ASSIGN namePattern;

order : booleanExpression (ASC | DESC)? (NULLS (FIRST | LAST))?;

commandOption : identifier ASSIGN constant;

booleanExpression
    : NOT booleanExpression                                                     # logicalNot
    | valueExpression predicate?                                                # predicated
    | left=booleanExpression operator=AND right=booleanExpression               # logicalBinary
    | left=booleanExpression operator=OR right=booleanExpression                # logicalBinary
    ;

// what may follow a value, each told apart by its first token or two, so that prediction never scans a value twice
predicate
    : NOT? (LIKE | RLIKE) string                                                # likePredicate
    | NOT? (LIKE | RLIKE) LP string (COMMA string)* RP                          # likeListPredicate
    | NOT? IN LP valueExpression (COMMA valueExpression)* RP                    # inPredicate
    | IS NOT? NULL                                                              # nullPredicate
    | COLON constant                                                            # matchPredicate
    ;

valueExpression : operatorExpression (comparisonOperator operatorExpression)?;
comparisonOperator : EQ | NEQ | LT | LTE | GT | GTE;

operatorExpression
    : primaryExpression                                                         # operatorDefault
    | operator=(MINUS | PLUS) operatorExpression                                # arithmeticUnary
    | left=operatorExpression operator=(ASTERISK | SLASH | PERCENT) right=operatorExpression  # arithmeticBinary
    | left=operatorExpression operator=(PLUS | MINUS) right=operatorExpression  # arithmeticBinary
    ;

primaryExpression
    : constant                                                                  # constantExpression
    | qualifiedName                                                             # dereference
    | functionName LP (ASTERISK | functionArguments)? RP                        # functionCall
    | LP booleanExpression RP                                                   # parenthesized
    | primaryExpression CAST dataType                                           # inlineCast
    ;

functionName : identifier | FIRST | LAST;
functionArguments : functionArgument (COMMA functionArgument)*;
functionArgument : booleanExpression | mapExpression;
mapExpression : LEFT_BRACE (mapEntry (COMMA mapEntry)*)? RIGHT_BRACE;
mapEntry : string COLON mapValue;
mapValue : constant | mapExpression;

dataType : identifier;

qualifiedName : identifier (DOT identifier)*;
identifier : UNQUOTED_IDENTIFIER | QUOTED_IDENTIFIER;

constant
    : NULL                                                                      # nullLiteral
    | integer identifier                                                        # timeSpanLiteral
    | number                                                                    # numericLiteral
    | (TRUE | FALSE)                                                            # booleanLiteral
    | string                                                                    # stringLiteral
    | parameter                                                                 # parameterLiteral
    | OPENING_BRACKET (listItem (COMMA listItem)*)? CLOSING_BRACKET             # listLiteral
    ;

listItem : MINUS? number | NULL | TRUE | FALSE | string;
integer : INTEGER;
number : INTEGER | DECIMAL;
string : STRING | TRIPLE_STRING;
parameter : PARAM | NAMED_PARAM;
