/*
 * The tokens of Python 3.11, written for Skein.
 *
 * The rules here describe the shape of each token. PythonLexerBase (the superclass) turns line
 * structure into NEWLINE, INDENT and DEDENT tokens, drops newlines inside brackets and on blank
 * lines, and reproduces CPython's tokenizer errors. The input must use '\n' line endings: the
 * front end translates '\r\n' and '\r' first, as CPython does.
 *
 * An f-string is one STRING token, as in CPython 3.11; the AST builder splits it.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// Made by PythonLexerBase, never matched directly. ERRORTOKEN ends the stream where the
// tokenizer found an error; no parser rule accepts it.
tokens { INDENT, DEDENT, ERRORTOKEN }

FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Soft keywords (match, case, _, type) are plain names: Skein does not implement 'match'.
NAME : ID_START ID_CONTINUE*;

NUMBER : INTEGER | FLOAT_NUMBER | IMAG_NUMBER;

STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING);

LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
RARROW           : '->';
ELLIPSIS         : '...';
COLONEQUAL       : ':=';

NEWLINE : '\n';

// Kept on a hidden channel so the base class can place a NEWLINE token where CPython does
// (at the comment); never passed to the parser.
COMMENT : '#' ~'\n'* -> channel(HIDDEN);

WHITESPACE        : [ \t\f]+ -> skip;
LINE_CONTINUATION : '\\' '\n' -> skip;

// Any other character. The base class turns it into a tokenizer error (an unterminated
// string, a stray backslash, a character that cannot appear in Python source) or passes it
// on for the parser to reject, as CPython does with '$' or '?'.
ERROR_CHAR : . ;

fragment STRING_PREFIX
    : [rRuUbBfF]
    | [bB] [rR]
    | [rR] [bB]
    | [fF] [rR]
    | [rR] [fF]
    ;

fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;

// A backslash and the character after it, newline included, stay inside the literal; the AST
// builder decodes escapes.
fragment STRING_ESCAPE : '\\' . ;

fragment INTEGER     : DEC_INTEGER | BIN_INTEGER | OCT_INTEGER | HEX_INTEGER;
fragment DEC_INTEGER : [1-9] ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment BIN_INTEGER : '0' [bB] ('_'? [01])+;
fragment OCT_INTEGER : '0' [oO] ('_'? [0-7])+;
fragment HEX_INTEGER : '0' [xX] ('_'? [0-9a-fA-F])+;

fragment FLOAT_NUMBER   : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT    : DIGIT_PART? FRACTION | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) EXPONENT;
fragment DIGIT_PART     : DIGIT ('_'? DIGIT)*;
fragment FRACTION       : '.' DIGIT_PART;
fragment EXPONENT       : [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER    : (FLOAT_NUMBER | DIGIT_PART) [jJ];
fragment DIGIT          : [0-9];

fragment ID_START    : [a-zA-Z_] | [\p{XID_Start}];
fragment ID_CONTINUE : [a-zA-Z_0-9] | [\p{XID_Continue}];
