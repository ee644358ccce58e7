# A tokenizer for a small Python-like language: numbers (int, float, hex, with
# underscores), strings with escapes, identifiers and keywords, operators (longest
# match), comments, and INDENT/DEDENT tokens from leading whitespace, with errors
# reported as line:column.

KEYWORDS = {'def', 'return', 'if', 'elif', 'else', 'while', 'for', 'in', 'and', 'or', 'not', 'True', 'False', 'None'}
OPERATORS = sorted(['+', '-', '*', '/', '//', '%', '**', '=', '==', '!=', '<', '<=', '>', '>=', '(', ')',
                    '[', ']', '{', '}', ',', ':', '.', '->', '+=', '-=', '**='], key=len, reverse=True)
ESCAPES = {'n': '\n', 't': '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0'}


class LexError(Exception):
    def __init__(self, message, line, col):
        super().__init__(f'{line}:{col}: {message}')


class Tok:
    __slots__ = ('kind', 'text', 'line', 'col')

    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        if self.kind in ('NEWLINE', 'INDENT', 'DEDENT', 'EOF'):
            return self.kind
        return f'{self.kind}({self.text!r})'


def tokenize(source):
    tokens = []
    indents = [0]
    depth = 0
    for lineno, raw in enumerate(source.split('\n'), 1):
        line = raw.rstrip()
        stripped = line.lstrip(' \t')
        if not stripped or stripped.startswith('#'):
            continue
        if depth == 0:
            width = len(line) - len(stripped)
            if '\t' in line[:width]:
                raise LexError('tabs are not allowed for indentation', lineno, 1)
            if width > indents[-1]:
                indents.append(width)
                tokens.append(Tok('INDENT', '', lineno, 1))
            while width < indents[-1]:
                indents.pop()
                tokens.append(Tok('DEDENT', '', lineno, 1))
            if width != indents[-1]:
                raise LexError('inconsistent dedent', lineno, width + 1)
        i = len(line) - len(stripped)
        while i < len(line):
            ch = line[i]
            col = i + 1
            if ch == ' ':
                i += 1
            elif ch == '#':
                break
            elif ch.isdigit():
                i = lex_number(line, i, lineno, tokens)
            elif ch.isalpha() or ch == '_':
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == '_'):
                    j += 1
                word = line[i:j]
                tokens.append(Tok('KEYWORD' if word in KEYWORDS else 'NAME', word, lineno, col))
                i = j
            elif ch in '"\'':
                i = lex_string(line, i, lineno, tokens)
            else:
                for op in OPERATORS:
                    if line.startswith(op, i):
                        tokens.append(Tok('OP', op, lineno, col))
                        if op in '([{':
                            depth += 1
                        elif op in ')]}':
                            depth -= 1
                            if depth < 0:
                                raise LexError(f'unmatched {op!r}', lineno, col)
                        i += len(op)
                        break
                else:
                    raise LexError(f'unexpected character {ch!r}', lineno, col)
        if depth == 0:
            tokens.append(Tok('NEWLINE', '', lineno, len(line) + 1))
    if depth:
        raise LexError('unclosed bracket at end of input', lineno, 1)
    while len(indents) > 1:
        indents.pop()
        tokens.append(Tok('DEDENT', '', lineno + 1, 1))
    tokens.append(Tok('EOF', '', lineno + 1, 1))
    return tokens


def lex_number(line, i, lineno, tokens):
    start = i
    if line.startswith(('0x', '0X'), i):
        i += 2
        while i < len(line) and (line[i] in '0123456789abcdefABCDEF_'):
            i += 1
        text = line[start:i]
        tokens.append(Tok('NUMBER', int(text.replace('_', ''), 16), lineno, start + 1))
        return i
    seen_dot = seen_exp = False
    while i < len(line):
        ch = line[i]
        if ch.isdigit() or ch == '_':
            i += 1
        elif ch == '.' and not seen_dot and not seen_exp:
            seen_dot = True
            i += 1
        elif ch in 'eE' and not seen_exp:
            seen_exp = True
            i += 1
            if i < len(line) and line[i] in '+-':
                i += 1
        else:
            break
    text = line[start:i].replace('_', '')
    if i < len(line) and (line[i].isalpha() or line[i] == '_'):
        raise LexError(f'invalid number literal {line[start:i + 1]!r}', lineno, start + 1)
    value = float(text) if (seen_dot or seen_exp) else int(text)
    tokens.append(Tok('NUMBER', value, lineno, start + 1))
    return i


def lex_string(line, i, lineno, tokens):
    quote = line[i]
    start = i
    i += 1
    chars = []
    while True:
        if i >= len(line):
            raise LexError('unterminated string', lineno, start + 1)
        ch = line[i]
        if ch == quote:
            break
        if ch == '\\':
            if i + 1 >= len(line):
                raise LexError('unterminated string', lineno, start + 1)
            esc = line[i + 1]
            if esc == 'u':
                chars.append(chr(int(line[i + 2:i + 6], 16)))
                i += 6
                continue
            if esc not in ESCAPES:
                raise LexError(f'unknown escape \\{esc}', lineno, i + 1)
            chars.append(ESCAPES[esc])
            i += 2
            continue
        chars.append(ch)
        i += 1
    tokens.append(Tok('STRING', ''.join(chars), lineno, start + 1))
    return i + 1


PROGRAM = '''
# compute things
def area(w, h=2.5e1) -> float:
    if w <= 0x_FF and not False:
        return w * h  # product
    elif w != 1_000:
        total = (w +
                 h) ** 2
        return total // 3
    return None

msg = "tab:\\t quote:\\" snow:\\u2603 é"
counts = {'a': [1, 2.0, .5e3 if True else 0]}
'''
toks = tokenize(PROGRAM)
line = None
out = []
for t in toks:
    if t.line != line:
        if out:
            print(f'{line:>3}: ' + ' '.join(out))
        out, line = [], t.line
    out.append(repr(t))
print(f'{line:>3}: ' + ' '.join(out))
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print([t.text for t in toks if t.kind == 'STRING'])
print([t.text for t in toks if t.kind == 'NUMBER'])

BAD = ['x = 1 $ 2', 'y = "open', 'z = 12abc', 'if x:\n        a\n    b', 'f(1, 2', 'q = )', "s = 'bad \\q'", 'if x:\n\tb']
for src in BAD:
    try:
        tokenize(src)
        print('no error for', repr(src))
    except LexError as e:
        print('LexError', e)
