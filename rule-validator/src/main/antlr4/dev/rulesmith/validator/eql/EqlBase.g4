/*
 * Event Query Language as accepted by Elasticsearch 8.x/9.x (x-pack EQL), modelled on Elasticsearch's EqlBase.g4.
 * Keywords are lower case and case-sensitive, as in Elasticsearch. Some constructs that Elasticsearch rejects after
 * parsing (join, process relationships, array indexes, single-quoted and ?"raw" strings, pipes other than head and
 * tail) are kept in the grammar so that the tree builder can reject them with a message naming the feature.
 */
grammar EqlBase;

singleStatement
    : statement EOF
    ;

statement
    : query pipe*
    ;

query
    : sequence
    | sample
    | join
    | eventQuery
    ;

sequence
    : SEQUENCE (by=joinKeys sequenceParams? | sequenceParams disallowed=joinKeys?)?
      sequenceTerm+
      (UNTIL until=sequenceTerm)?
    ;

sequenceParams
    : WITH MAXSPAN ASGN timeUnit
    ;

timeUnit
    : number unit=IDENTIFIER?
    ;

sample
    : SAMPLE by=joinKeys? sequenceTerm+
    ;

join
    : JOIN by=joinKeys? sequenceTerm+ (UNTIL until=sequenceTerm)?
    ;

// the commas are optional so that legacy pipes such as "| unique a b" are reported by name
pipe
    : PIPE kind=IDENTIFIER (booleanExpression (COMMA? booleanExpression)*)?
    ;

joinKeys
    : BY expression (COMMA expression)*
    ;

sequenceTerm
    : subquery by=joinKeys? (WITH key=IDENTIFIER ASGN value=number)?
    ;

subquery
    : open=(LB | MISSING_EVENT_OPEN) eventFilter RB
    ;

eventQuery
    : eventFilter
    ;

eventFilter
    : (ANY | event=eventValue) WHERE expression
    ;

eventValue
    : STRING
    | IDENTIFIER
    | QUOTED_IDENTIFIER
    ;

expression
    : booleanExpression
    ;

booleanExpression
    : NOT booleanExpression                                              #logicalNot
    | relationship=IDENTIFIER OF subquery                                #processCheck
    | valueExpression                                                    #booleanDefault
    | left=booleanExpression operator=AND right=booleanExpression        #logicalBinary
    | left=booleanExpression operator=OR right=booleanExpression         #logicalBinary
    ;

// one alternative with an optional comparison (not two alternatives, as in Elasticsearch's grammar), so that the
// parser decides after the left operand instead of scanning ahead over it: linear time for nested parentheses
valueExpression
    : left=operatorExpression (comparisonOperator right=operatorExpression)?
    ;

operatorExpression
    : primaryExpression predicate?                                       #operatorExpressionDefault
    | operator=(MINUS | PLUS) operatorExpression                         #arithmeticUnary
    | left=operatorExpression operator=(ASTERISK | SLASH | PERCENT) right=operatorExpression #arithmeticBinary
    | left=operatorExpression operator=(PLUS | MINUS) right=operatorExpression                #arithmeticBinary
    ;

predicate
    : NOT? kind=(IN | IN_INSENSITIVE) LP expression (COMMA expression)* RP
    | kind=(SEQ | LIKE | LIKE_INSENSITIVE | REGEX | REGEX_INSENSITIVE) constant
    | kind=(SEQ | LIKE | LIKE_INSENSITIVE | REGEX | REGEX_INSENSITIVE) LP constant (COMMA constant)* RP
    ;

primaryExpression
    : constant                                                           #constantDefault
    | functionExpression                                                 #function
    | qualifiedName                                                      #dereference
    | LP expression RP                                                   #parenthesizedExpression
    ;

functionExpression
    : name=functionName LP (expression (COMMA expression)*)? RP
    ;

functionName
    : IDENTIFIER
    | TILDE_IDENTIFIER
    ;

constant
    : NULL                                                               #nullLiteral
    | number                                                             #numericLiteral
    | booleanValue                                                       #booleanLiteral
    | STRING                                                             #stringLiteral
    ;

comparisonOperator
    : EQ | NEQ | LT | LTE | GT | GTE
    ;

booleanValue
    : TRUE | FALSE
    ;

qualifiedName
    : OPTIONAL? identifier (DOT identifier | LB INTEGER_VALUE+ RB)*
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    ;

number
    : DECIMAL_VALUE                                                      #decimalLiteral
    | INTEGER_VALUE                                                      #integerLiteral
    ;

AND: 'and';
ANY: 'any';
BY: 'by';
FALSE: 'false';
IN: 'in';
IN_INSENSITIVE: 'in~';
JOIN: 'join';
LIKE: 'like';
LIKE_INSENSITIVE: 'like~';
MAXSPAN: 'maxspan';
NOT: 'not';
NULL: 'null';
OF: 'of';
OR: 'or';
REGEX: 'regex';
REGEX_INSENSITIVE: 'regex~';
SAMPLE: 'sample';
SEQUENCE: 'sequence';
TRUE: 'true';
UNTIL: 'until';
WHERE: 'where';
WITH: 'with';

// ':' is case-insensitive equality with wildcards; '==' is case-sensitive equality
SEQ: ':';
ASGN: '=';
EQ: '==';
NEQ: '!=';
LT: '<';
LTE: '<=';
GT: '>';
GTE: '>=';

PLUS: '+';
MINUS: '-';
ASTERISK: '*';
SLASH: '/';
PERCENT: '%';
DOT: '.';
COMMA: ',';
LB: '[';
RB: ']';
LP: '(';
RP: ')';
PIPE: '|';
OPTIONAL: '?';
MISSING_EVENT_OPEN: '![';

// escapes are checked (and reported with their position) by the tree builder
STRING
    : '"""' (~[\r\n])*? '"""' '"'? '"'?
    | '"' ('\\' ~[\r\n] | ~[\\"\r\n])* '"'
    | '\'' ('\\' ~[\r\n] | ~[\\'\r\n])* '\''
    | '?"' ('\\"' | ~["\r\n])* '"'
    | '?\'' ('\\\'' | ~['\r\n])* '\''
    ;

INTEGER_VALUE
    : DIGIT+
    ;

DECIMAL_VALUE
    : DIGIT+ DOT DIGIT*
    | DOT DIGIT+
    | DIGIT+ (DOT DIGIT*)? EXPONENT
    | DOT DIGIT+ EXPONENT
    ;

// '@' starts @timestamp without quoting
IDENTIFIER
    : (LETTER | '_' | '@') (LETTER | DIGIT | '_')*
    ;

QUOTED_IDENTIFIER
    : '`' (~'`' | '``')* '`'
    ;

TILDE_IDENTIFIER
    : (LETTER | '_') (LETTER | DIGIT | '_')* '~'
    ;

fragment EXPONENT
    : [Ee] [+-]? DIGIT+
    ;

fragment DIGIT
    : [0-9]
    ;

fragment LETTER
    : [A-Za-z]
    ;

LINE_COMMENT
    : '//' ~[\r\n]* '\r'? '\n'? -> channel(HIDDEN)
    ;

BRACKETED_COMMENT
    : '/*' (BRACKETED_COMMENT | .)*? '*/' -> channel(HIDDEN)
    ;

WS
    : [ \r\n\t]+ -> channel(HIDDEN)
    ;
