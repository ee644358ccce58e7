# A compiler from a tiny imperative language to bytecode for a stack virtual machine,
# and the machine that runs it: variables, arithmetic, comparisons, while loops, if/else,
# print, and runtime errors with the instruction pointer.

SOURCE = '''
n = 10
a = 0
b = 1
i = 0
while i < n {
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
}
f = 1
k = 20
while k > 1 {
    f = f * k
    k = k - 1
}
print f
if f % 7 == 0 { print 7 } else { print 0 }
x = 2 ** 100 - 1
print x / 3
'''


def lex(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(('num', int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            word = src[i:j]
            tokens.append(('kw' if word in ('while', 'if', 'else', 'print') else 'name', word))
            i = j
        else:
            two = src[i:i + 2]
            if two in ('==', '!=', '<=', '>=', '**'):
                tokens.append(('op', two))
                i += 2
            else:
                tokens.append(('op', ch))
                i += 1
    tokens.append(('end', None))
    return tokens


class Compiler:
    PRECEDENCE = {'==': 1, '!=': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3, '%': 3, '**': 4}

    def __init__(self, tokens):
        self.tokens, self.pos, self.code = tokens, 0, []

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.next()
        if tok[1] != value:
            raise SyntaxError(f'expected {value!r}, got {tok[1]!r}')

    def emit(self, *instr):
        self.code.append(list(instr))
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != 'end':
            self.statement()
        self.emit('HALT')
        return self.code

    def block(self):
        self.expect('{')
        while self.peek()[1] != '}':
            self.statement()
        self.expect('}')

    def statement(self):
        kind, value = self.next()
        if kind == 'kw' and value == 'print':
            self.expression(0)
            self.emit('PRINT')
        elif kind == 'kw' and value == 'while':
            top = len(self.code)
            self.expression(0)
            jump = self.emit('JUMP_IF_FALSE', None)
            self.block()
            self.emit('JUMP', top)
            self.code[jump][1] = len(self.code)
        elif kind == 'kw' and value == 'if':
            self.expression(0)
            jump = self.emit('JUMP_IF_FALSE', None)
            self.block()
            if self.peek()[1] == 'else':
                self.next()
                skip = self.emit('JUMP', None)
                self.code[jump][1] = len(self.code)
                self.block()
                self.code[skip][1] = len(self.code)
            else:
                self.code[jump][1] = len(self.code)
        elif kind == 'name':
            self.expect('=')
            self.expression(0)
            self.emit('STORE', value)
        else:
            raise SyntaxError(f'unexpected {value!r}')

    def expression(self, min_prec):
        self.atom()
        while True:
            kind, op = self.peek()
            prec = self.PRECEDENCE.get(op) if kind == 'op' else None
            if prec is None or prec < min_prec:
                return
            self.next()
            self.expression(prec if op == '**' else prec + 1)
            self.emit('BINARY', op)

    def atom(self):
        kind, value = self.next()
        if kind == 'num':
            self.emit('PUSH', value)
        elif kind == 'name':
            self.emit('LOAD', value)
        elif value == '(':
            self.expression(0)
            self.expect(')')
        elif value == '-':
            self.atom()
            self.emit('NEGATE')
        else:
            raise SyntaxError(f'unexpected {value!r} in expression')


class VMError(Exception):
    pass


BINARY = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a // b,
    '%': lambda a, b: a % b, '**': lambda a, b: a ** b, '==': lambda a, b: int(a == b),
    '!=': lambda a, b: int(a != b), '<': lambda a, b: int(a < b), '>': lambda a, b: int(a > b),
    '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b),
}


def run(code, output, max_steps=100000):
    stack, env, ip, steps = [], {}, 0, 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError(f'step limit exceeded at ip={ip}')
        op = code[ip]
        name = op[0]
        ip += 1
        if name == 'PUSH':
            stack.append(op[1])
        elif name == 'LOAD':
            if op[1] not in env:
                raise VMError(f'undefined variable {op[1]!r} at ip={ip - 1}')
            stack.append(env[op[1]])
        elif name == 'STORE':
            env[op[1]] = stack.pop()
        elif name == 'BINARY':
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(BINARY[op[1]](a, b))
            except ZeroDivisionError:
                raise VMError(f'division by zero at ip={ip - 1}')
        elif name == 'NEGATE':
            stack.append(-stack.pop())
        elif name == 'PRINT':
            output.append(stack.pop())
        elif name == 'JUMP':
            ip = op[1]
        elif name == 'JUMP_IF_FALSE':
            if not stack.pop():
                ip = op[1]
        elif name == 'HALT':
            return env, steps


code = Compiler(lex(SOURCE)).program()
for index, instr in enumerate(code[:16]):
    print(f'{index:>3} {instr[0]:<14}{"" if len(instr) == 1 else instr[1]}')
print('...', len(code), 'instructions')
out = []
env, steps = run(code, out)
print('output', out)
print('steps', steps, 'variables', sorted(env))
for src in ['x = 1 / 0', 'print y', 'while 1 { }', 'x = (1 + 2', 'print -3 + 2 * -(4 - 6)', 'q = 2 ** 3 ** 2 print q']:
    try:
        result = []
        run(Compiler(lex(src)).program(), result, max_steps=1000)
        print(f'{src!r}: {result}')
    except (VMError, SyntaxError) as e:
        print(f'{src!r}: {type(e).__name__}: {e}')
