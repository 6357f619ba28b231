/*
 * Kibana Query Language, after Kibana's grammar (src/platform/packages/shared/kbn-es-query/src/kuery/grammar):
 * OR binds loosest, then AND, then NOT; keywords are case-insensitive; value lists group values of one field.
 * Whitespace is skipped; an unquoted value or field name of several words is the source text from its first to its
 * last word, as in Kibana and in Elasticsearch's KQL plugin. Whether an AND, OR or NOT token is an operator or a
 * plain word (`foo and`, `AND foo`, `field:not`) is decided before parsing from the whitespace around it
 * (see KqlTokens), so the parser only ever sees operators as AND/OR/NOT. As in Kibana, NOT applies to one
 * simple query: `not not a` is rejected, `not (not a)` is not.
 */
grammar KqlBase;

options {
  caseInsensitive = true;
}

topLevelQuery
    : orQuery? EOF
    ;

orQuery
    : andQuery (OR andQuery)*
    ;

andQuery
    : notQuery (AND notQuery)*
    ;

notQuery
    : NOT simpleQuery     #negation
    | simpleQuery         #plain
    ;

simpleQuery
    : LEFT_PARENTHESIS orQuery RIGHT_PARENTHESIS                     #parenthesized
    | fieldName COLON LEFT_CURLY_BRACKET orQuery RIGHT_CURLY_BRACKET #nested
    | fieldName OP_COMPARE value                                     #range
    | fieldName COLON listOfValues                                   #fieldValue
    | value                                                          #freeText
    ;

listOfValues
    : LEFT_PARENTHESIS orValues RIGHT_PARENTHESIS
    | value
    ;

orValues
    : andValues (OR andValues)*
    ;

andValues
    : notValues (AND notValues)*
    ;

notValues
    : NOT listOfValues    #negatedValues
    | listOfValues        #plainValues
    ;

fieldName
    : QUOTED_STRING
    | UNQUOTED_LITERAL+
    ;

value
    : QUOTED_STRING
    | UNQUOTED_LITERAL+
    ;

WHITESPACE: [ \t\n\r\u00a0\u3000]+ -> skip;

AND: 'and';
OR: 'or';
NOT: 'not';

COLON: ':';
OP_COMPARE: '<=' | '>=' | '<' | '>';

LEFT_PARENTHESIS: '(';
RIGHT_PARENTHESIS: ')';
LEFT_CURLY_BRACKET: '{';
RIGHT_CURLY_BRACKET: '}';

QUOTED_STRING: '"' (ESCAPED_QUOTED_CHAR | ~["\\])* '"';

UNQUOTED_LITERAL: UNQUOTED_CHAR+;

fragment ESCAPED_QUOTED_CHAR: '\\' .;

fragment UNQUOTED_CHAR
    : '\\' [\\():<>"*{}trn]
    | '\\u' HEX HEX HEX HEX
    | '\\' ('and' | 'or' | 'not')
    | ~[ \t\n\r\u00a0\u3000\\():<>"{}]
    ;

fragment HEX: [0-9a-f];
