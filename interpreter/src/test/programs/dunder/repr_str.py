# __repr__ and __str__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'two')
print(p, repr(p), str(p), [p], (p,), {'p': p}, f'{p} {p!r}')
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<>'
print(OnlyRepr(), str(OnlyRepr()), '%s %r' % (OnlyRepr(), OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
