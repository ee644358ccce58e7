# A tokenizer, recursive-descent parser and evaluator for arithmetic with variables,
# functions, exponentiation, unary minus and comparison, with error reporting.

import math


class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f'{self.kind}:{self.value}'


class ParseError(Exception):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == '.' and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == '.'):
                i += 1
            text = src[start:i]
            if text.count('.') > 1:
                raise ParseError(f'bad number {text!r} at {start}')
            tokens.append(Token('num', float(text) if '.' in text else int(text), start))
        elif ch.isalpha() or ch == '_':
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            tokens.append(Token('name', src[start:i], start))
        elif src.startswith('**', i) or src[i:i + 2] in ('==', '!=', '<=', '>='):
            tokens.append(Token('op', src[i:i + 2], i))
            i += 2
        elif ch in '+-*/%^(),<>=':
            tokens.append(Token('op', ch, i))
            i += 1
        else:
            raise ParseError(f'unexpected character {ch!r} at {i}')
    tokens.append(Token('end', None, len(src)))
    return tokens


class Parser:
    """expr := comparison; comparison := sum (('<'|'>'|...) sum)?; sum := term (('+'|'-') term)*
    term := unary (('*'|'/'|'%') unary)*; unary := '-' unary | power; power := atom ('**' unary)?"""

    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise ParseError(f'expected {value!r} at {tok.pos}, found {tok.value!r}')
        self.i += 1
        return tok

    def parse(self):
        node = self.comparison()
        if self.peek().kind != 'end':
            raise ParseError(f'unexpected {self.peek().value!r} at {self.peek().pos}')
        return node

    def comparison(self):
        left = self.sum()
        if self.peek().value in ('<', '>', '<=', '>=', '==', '!='):
            op = self.take().value
            left = ('cmp', op, left, self.sum())
        return left

    def sum(self):
        node = self.term()
        while self.peek().value in ('+', '-'):
            op = self.take().value
            node = ('bin', op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().value in ('*', '/', '%'):
            op = self.take().value
            node = ('bin', op, node, self.unary())
        return node

    def unary(self):
        if self.peek().value == '-':
            self.take()
            return ('neg', self.unary())
        if self.peek().value == '+':
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value in ('**', '^'):
            self.take()
            return ('bin', '**', base, self.unary())
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return ('num', tok.value)
        if tok.kind == 'name':
            if self.peek().value == '(':
                self.take('(')
                args = []
                if self.peek().value != ')':
                    args.append(self.comparison())
                    while self.peek().value == ',':
                        self.take(',')
                        args.append(self.comparison())
                self.take(')')
                return ('call', tok.value, args)
            return ('var', tok.value)
        if tok.value == '(':
            node = self.comparison()
            self.take(')')
            return node
        raise ParseError(f'unexpected {tok.value!r} at {tok.pos}')


FUNCTIONS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'floor': math.floor}
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b}
CMPS = {'<': lambda a, b: a < b, '>': lambda a, b: a > b, '<=': lambda a, b: a <= b,
        '>=': lambda a, b: a >= b, '==': lambda a, b: a == b, '!=': lambda a, b: a != b}


def evaluate(node, env):
    kind = node[0]
    if kind == 'num':
        return node[1]
    if kind == 'var':
        if node[1] not in env:
            raise NameError(f'undefined variable {node[1]!r}')
        return env[node[1]]
    if kind == 'neg':
        return -evaluate(node[1], env)
    if kind == 'bin':
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == 'cmp':
        return CMPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == 'call':
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(kind)


def show(node):
    kind = node[0]
    if kind in ('num', 'var'):
        return str(node[1])
    if kind == 'neg':
        return f'(-{show(node[1])})'
    if kind in ('bin', 'cmp'):
        return f'({show(node[2])} {node[1]} {show(node[3])})'
    return f'{node[1]}(' + ', '.join([show(a) for a in node[2]]) + ')'


env = {'x': 3, 'y': 4.5, 'big': 2 ** 64}
sources = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '10 % 4 + x * y',
           'sqrt(x*x + 16)', 'max(1, x, 2) - min(y, 0.5)', 'big * big + 1', '1 < 2', 'x * 2 == 6',
           '--x', '2 ^ 10', 'floor(y) + abs(-7)', '.5 + 1.25', '1 +', '(1 + 2', '3 $ 4', 'z + 1',
           '1 / 0', '1.2.3', 'max()', '4 4']
for src in sources:
    try:
        tree = Parser(tokenize(src)).parse()
        print(f'{src:<28} {show(tree):<34} = {evaluate(tree, env)!r}')
    except (ParseError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print(f'{src:<28} {type(e).__name__}: {e}')
print(tokenize('a1 >= 2.5**b'))
