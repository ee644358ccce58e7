# Subclasses of str keep their class where CPython does and behave as str everywhere else.
class Name(str):
    def greet(self):
        return 'hi ' + self
    def __repr__(self):
        return 'Name(' + str.__repr__(self) + ')'
n = Name('Ada')
print(n, repr(n), str(n), type(str(n)).__name__, len(n), n[0], type(n[0]).__name__, n.greet(), n.upper())
print(type(n.upper()).__name__, type(n + '!').__name__, type('!' + n).__name__, type(n * 2).__name__, n == 'Ada')
print(hash(n) == hash('Ada'), {n: 1}['Ada'], 'Ada' in {n}, n in 'Ada Lovelace', 'd' in n, n < 'B', sorted([Name('b'), 'a']))
print(f'{n}|{n!r}|{n:>6}|', '%s|%r' % (n, n), '{0}|{0!r}'.format(n), n.format(), [c for c in n], n.split('d'))
print(isinstance(n, str), issubclass(Name, str), Name.__mro__[1].__name__, n.encode(), n.startswith('A'), n.find('a'))
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('shout')
print(u, type(u).__name__, len(u), u.lower(), Upper('x') + Upper('y'))
class Tagged(str):
    pass
t = Tagged('x')
t.label = 'attribute'
print(t, t.label, vars(t), str(t) is not t, type(str.__str__(t)).__name__, t.__getnewargs__(), int(Tagged('42')) + 1)
print(str(b'abc', 'ascii'), str(b'\xc3\xa9'.decode()), str(bytearray(b'xyz'), 'latin-1', 'strict'), str(object=5))
print(str(), str(''), str(1.5), str(None), str(True), str(-0.0), str(1e100), str(12345678901234567890))
print(ord(Name('a')), chr(ord(Name('z')) - 25), Name('x') * 3, type(Name('x') * 3).__name__)
