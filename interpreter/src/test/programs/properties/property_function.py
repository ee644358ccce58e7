# property() called directly, with a docstring; access on the class.
class Temp:
    def __init__(self):
        self._c = 0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, doc='Degrees Fahrenheit')
t = Temp()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temp.fahrenheit.__doc__, type(Temp.fahrenheit).__name__)
class ReadOnly:
    x = property(lambda self: 42)
r = ReadOnly()
print(r.x)
try:
    del r.x
except AttributeError as e:
    print('AttributeError', e)
