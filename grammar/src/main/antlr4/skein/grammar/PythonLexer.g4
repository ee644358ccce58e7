lexer grammar PythonLexer;
NAME: [a-z]+;
