/** The Python 3.11 grammar: the ANTLR-generated lexer and parser and the lexer's helper. */
module skein.grammar {
    requires transitive org.antlr.antlr4.runtime;

    exports skein.grammar;
}
