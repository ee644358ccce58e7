#!/usr/bin/env python3
"""Records CPython's tokens for each NAME.py here into NAME.tokens, for PythonLexerTest.

One token a line: the tokenize module's type name (keywords are NAME, operators OP), then
start line, start column, end line, end column. NEWLINE, INDENT, DEDENT and ENDMARKER give
their line only, since Skein places them differently within the line (CPython's tokenize
puts a DEDENT at the next token, a NEWLINE after a comment). Comments and NL (blank-line or
in-bracket newlines) are left out: the parser never sees them.
"""
import io
import os
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
LAYOUT = ('NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER')

for name in sorted(os.listdir(HERE)):
    if not name.endswith('.py') or name == 'record.py':
        continue
    with open(os.path.join(HERE, name), 'rb') as f:
        data = f.read()
    lines = []
    for token in tokenize.tokenize(io.BytesIO(data).readline):
        kind = tokenize.tok_name[token.type]
        if kind in ('ENCODING', 'COMMENT', 'NL'):
            continue
        if kind == 'NEWLINE' and token.string == '' and lines and lines[-1].startswith('NEWLINE'):
            continue  # tokenize adds an empty NEWLINE at EOF after a real one
        if kind in LAYOUT:
            lines.append(f'{kind} {token.start[0]}')
        else:
            lines.append(f'{kind} {token.start[0]} {token.start[1]} {token.end[0]} {token.end[1]}')
    with open(os.path.join(HERE, name[:-3] + '.tokens'), 'w', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
