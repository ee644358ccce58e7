/*
 * The syntax of Python 3.11 (without 'match'), written for Skein.
 *
 * The rules follow the structure of the language reference, with two deliberate differences:
 *  - Repetition instead of recursion wherever the language allows it (operator chains, unary
 *    operators, '**', conditional expressions, trailers), so that long or deeply nested input
 *    does not need a deep parser stack; operators of different precedence share one flat
 *    list where that saves parse-tree levels (the builder nests them); and rules whose
 *    alternatives share a prefix are factored so that most decisions need one token of
 *    lookahead.
 *  - Some rules accept more than Python does (any expression before '=', parameters in any
 *    order, any expression as a keyword argument's name...). The AST builder rejects the
 *    extra forms with CPython's specific messages ("cannot assign to literal", "non-default
 *    argument follows default argument"), which a grammar error could not give.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; contextSuperClass = PythonParserContext; }

// ---- entry points ---------------------------------------------------------------------------

// A whole file. (Skein's front end parses it one statement at a time, to hold one parse tree
// at a time.)
file_input : statement* EOF;

eval_input : expressions NEWLINE* EOF;

// The text of an f-string replacement field, wrapped in parentheses as CPython 3.11 does.
fstring_input : star_expressions NEWLINE* EOF;

// ---- statements -----------------------------------------------------------------------------

statement : compound_stmt | simple_stmts;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE;

simple_stmt
    : expr_stmt                                  # expressionStatement
    | RETURN star_expressions?                   # returnStatement
    | import_stmt                                # importStatement
    | RAISE (expression (FROM expression)?)?     # raiseStatement
    | PASS                                       # passStatement
    | DEL star_expressions                       # delStatement
    | ASSERT expression (COMMA expression)?      # assertStatement
    | BREAK                                      # breakStatement
    | CONTINUE                                   # continueStatement
    | GLOBAL NAME (COMMA NAME)*                  # globalStatement
    | NONLOCAL NAME (COMMA NAME)*                # nonlocalStatement
    ;

// An expression, an assignment of any kind, or an annotation.
expr_stmt
    : annotated_rhs ( COLON expression (EQUAL annotated_rhs)?
                    | augassign annotated_rhs
                    | (EQUAL annotated_rhs)* )
    ;

annotated_rhs : yield_expr | star_expressions;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

import_stmt
    : IMPORT dotted_as_name (COMMA dotted_as_name)*                   # importName
    | FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_targets         # importFromModule
    | FROM (DOT | ELLIPSIS)+ IMPORT import_targets                     # importFromPackage
    ;

// A trailing comma without parentheses is accepted here and rejected by the builder.
import_targets
    : LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)* COMMA?
    | STAR
    ;

import_as_name : NAME (AS NAME)?;

dotted_as_name : dotted_name (AS NAME)?;

dotted_name : NAME (DOT NAME)*;

compound_stmt
    : function_def
    | class_def
    | decorated
    | if_stmt
    | while_stmt
    | for_stmt
    | with_stmt
    | try_stmt
    ;

decorated : decorator+ (function_def | class_def);

decorator : AT named_expression NEWLINE;

function_def : ASYNC? DEF NAME LPAR parameters? RPAR (RARROW expression)? COLON block;

class_def : CLASS NAME (LPAR arguments? RPAR)? COLON block;

if_stmt : IF named_expression COLON block elif_clause* else_block?;

elif_clause : ELIF named_expression COLON block;

else_block : ELSE COLON block;

while_stmt : WHILE named_expression COLON block else_block?;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_block?;

with_stmt
    : ASYNC? WITH ( LPAR with_item (COMMA with_item)* COMMA? RPAR
                  | with_item (COMMA with_item)* ) COLON block
    ;

with_item : expression (AS star_target)?;

try_stmt : TRY COLON block (except_clause+ else_block? finally_block? | finally_block);

// 'except a, b:' is accepted here and rejected by the builder with CPython's message.
except_clause : EXCEPT STAR? (expression (COMMA expression)* COMMA? (AS NAME)?)? COLON block;

finally_block : FINALLY COLON block;

block
    : NEWLINE INDENT statement+ DEDENT
    | simple_stmts
    ;

// ---- parameters -----------------------------------------------------------------------------

// Any sequence; the builder checks the order and reports CPython's errors.
parameters : parameter (COMMA parameter)* COMMA?;

parameter
    : NAME (COLON expression)? (EQUAL expression)?                     # plainParameter
    | STAR (NAME (COLON star_expression)?)? (EQUAL expression)?        # starParameter
    | DOUBLESTAR NAME (COLON expression)? (EQUAL expression)?          # doubleStarParameter
    | SLASH                                                            # slashParameter
    ;

lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA?;

lambda_parameter
    : NAME (EQUAL expression)?                 # plainLambdaParameter
    | STAR NAME? (EQUAL expression)?           # starLambdaParameter
    | DOUBLESTAR NAME (EQUAL expression)?      # doubleStarLambdaParameter
    | SLASH                                    # slashLambdaParameter
    ;

// ---- expressions ----------------------------------------------------------------------------

expressions : expression (COMMA expression)* COMMA?;

// 'a if b else c if d else e' as a flat list; the builder nests it to the right.
expression
    : lambdef
    | disjunction (IF disjunction ELSE (lambdef | disjunction))*
    ;

lambdef : LAMBDA lambda_parameters? COLON expression;

yield_expr : YIELD (FROM expression | star_expressions)?;

star_expressions : star_expression (COMMA star_expression)* COMMA?;

star_expression
    : STAR bitwise_or
    | expression
    ;

star_named_expression
    : STAR bitwise_or
    | NAME COLONEQUAL expression
    | expression
    ;

named_expression
    : NAME COLONEQUAL expression
    | expression
    ;

// 'and' binds tighter than 'or'; the builder groups the operands.
disjunction : inversion ((AND | OR) inversion)*;

inversion : NOT* comparison;

comparison : bitwise_or (comp_op bitwise_or)*;

comp_op
    : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL
    | IN | NOT IN | IS | IS NOT
    ;

// All binary operators from '|' down to '*' in one flat list, which the builder nests by
// precedence: one parse-tree level instead of six for every operand.
bitwise_or : factor (binary_op factor)*;

binary_op
    : VBAR | CIRCUMFLEX | AMPER | LEFTSHIFT | RIGHTSHIFT | PLUS | MINUS
    | STAR | SLASH | DOUBLESLASH | PERCENT | AT
    ;

factor : unary_op* power;

unary_op : PLUS | MINUS | TILDE;

// 'a ** -b ** c' as a flat list; the builder nests it to the right.
power : await_primary (DOUBLESTAR unary_op* await_primary)*;

await_primary : AWAIT? primary;

primary : atom trailer*;

trailer
    : DOT NAME                     # attributeTrailer
    | LPAR arguments? RPAR         # callTrailer
    | LSQB slices RSQB             # subscriptTrailer
    ;

atom
    : NAME                                                           # nameAtom
    | (TRUE | FALSE | NONE | ELLIPSIS)                               # constantAtom
    | NUMBER                                                         # numberAtom
    | STRING+                                                        # stringAtom
    | LPAR (yield_expr | elements)? RPAR                             # parenAtom
    | LSQB elements? RSQB                                            # listAtom
    | LBRACE RBRACE                                                  # emptyDictAtom
    | LBRACE dict_entry (comprehension | (COMMA dict_entry)* COMMA?) RBRACE   # dictAtom
    | LBRACE elements RBRACE                                         # setAtom
    ;

// The inside of a tuple, list or set display, or a comprehension's element and clauses.
elements : star_named_expression (comprehension | (COMMA star_named_expression)* COMMA?);

dict_entry
    : DOUBLESTAR bitwise_or
    | expression COLON expression
    ;

comprehension : comprehension_for+;

comprehension_for : ASYNC? FOR star_targets IN disjunction (IF disjunction)*;

// Assignment targets of 'for' and 'with ... as'; the builder checks that they can be assigned.
star_targets : star_target (COMMA star_target)* COMMA?;

star_target : STAR? bitwise_or;

arguments : argument (COMMA argument)* COMMA?;

// Any expression before '=' is accepted; the builder wants a plain name there.
argument
    : expression EQUAL expression                  # keywordArgument
    | STAR expression comprehension?               # starredArgument
    | DOUBLESTAR expression                        # doubleStarredArgument
    | named_expression comprehension?              # positionalArgument
    ;

slices : slice (COMMA slice)* COMMA?;

slice
    : expression? COLON expression? (COLON expression?)?   # properSlice
    | named_expression                                      # indexSlice
    | STAR bitwise_or                                       # starredSlice
    ;
