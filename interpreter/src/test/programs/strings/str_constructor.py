# str() of many objects, and str of str subclasses.
print(str(42), str(-0.5), str(True), str(None), str([1, 'a']), str((1,)), str({'a': 1}))
print(str(b'ab'), str(1e100), str(3 + 0 == 3), str())
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), len(n), n + 'by', isinstance(n, str), type(n + 'x').__name__)
print(repr(str('x')), str(str('y')))
