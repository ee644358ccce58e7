# str() and repr() of exceptions with 0, 1 and many arguments, and custom __init__.
for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(42), ValueError(None), ValueError(['x'])]:
    print(repr(e), '|', str(e), '|', e.args)
class WithFields(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[1]}'
e = WithFields(404, 'not found')
print(e, repr(e), e.code, e.args)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuper('v')
print(repr(n), n.args, n.value)
e2 = KeyError('k')
e2.args = ('changed',)
print(e2, repr(e2))
