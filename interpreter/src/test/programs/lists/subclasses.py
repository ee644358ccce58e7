# Subclasses of list and tuple: construction, inherited methods, and what operations return.
class Stack(list):
    def push(self, item):
        self.append(item)

    def __repr__(self):
        return 'Stack' + list.__repr__(self)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


class Loud(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


s = Stack([1, 2])
s.push(3)
print(s, len(s), s[1:], type(s[1:]).__name__, type(s + [4]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
s += [9]
print(s, type(s).__name__, s == [1, 2, 3, 9], [1, 2, 3, 9] == s, s > [1], list(reversed(s)), 9 in s)
s.sort(reverse=True)
print(s, s.pop(), s.index(2), list.__getitem__(s, 0), list.__len__(s))
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)).__name__, type(p[:1]).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(p.__getnewargs__(), type(p.__getnewargs__()[0]).__name__, tuple(p) is p, type(tuple(p)).__name__)
lo = Loud([1, 2], 'tag')
print(lo, lo.label, type(lo).__name__, lo.__dict__)


class Empty(list):
    pass


e = Empty('abc')
e.extra = 1
print(e, e.extra, isinstance(e, list), Empty.__mro__[1].__name__, Empty() == [], Empty([1]) < [2])
print(list.__new__(Empty), type(list.__new__(Empty)).__name__, tuple.__new__(tuple, [1, 2]))
try:
    tuple.__new__(list)
except TypeError as exc:
    print(exc)


class T(tuple):
    pass


try:
    T([1], x=1)
except TypeError as exc:
    print(exc)
print(T(), T([1, 2]), repr(T('ab')), T((1,)) * 2, T((1,)) * 1 == (1,))
