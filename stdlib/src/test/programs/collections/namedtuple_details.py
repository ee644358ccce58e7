# namedtuple: field name forms, rename, defaults, module, the generated methods and their errors.
from collections import namedtuple
Pair = namedtuple('Pair', 'left, right')
p = Pair(right=2, left=1)
print(p, p._asdict(), p._replace(left=10), Pair._make(iter([5, 6])), p.__getnewargs__(), type(p.__getnewargs__()).__name__)
print(Pair.__doc__, Pair.__new__.__doc__, Pair._make.__doc__, Pair.__new__.__qualname__, Pair._replace.__qualname__)
print(Pair._fields, Pair.__match_args__, Pair.__module__, Pair.__bases__, Pair.left.__doc__, p.left, p[1], p[-1], len(p))
Single = namedtuple('Single', ['only'])
print(Single(1), Single._fields, Single.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Config = namedtuple('Config', 'host port debug', defaults=(8080, False), module='settings')
print(Config('h'), Config('h', 1, True), Config._field_defaults, Config.__module__, Config.__new__.__defaults__)
Renamed = namedtuple('Renamed', ['ok', 'def', '1st', '_hidden', 'ok'], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Numbers = namedtuple('Numbers', [1, 2], rename=True)
print(Numbers._fields)
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f'<{self.x}, {self.y}>'
q = Point(3, -4)
print(q, repr(q), q.norm, q._replace(x=0), type(q._replace(x=0)).__name__, Point._make([1, 2]))
x, y = q
print(x, y, q == (3, -4), q < Point(4, 0), hash(q) == hash((3, -4)), sorted([Point(2, 1), Point(1, 5)]))
bad_calls = [
    lambda: namedtuple('Bad', 'a a'), lambda: namedtuple('Bad', 'a _b'), lambda: namedtuple('Bad', 'a class'),
    lambda: namedtuple('Bad', 'a 1b'), lambda: namedtuple('bad name', 'a'), lambda: namedtuple('def', 'a'),
    lambda: namedtuple('Bad', 'a b', defaults=(1, 2, 3)), lambda: Pair(1), lambda: Pair(1, 2, 3),
    lambda: Pair(1, 2, left=3), lambda: Pair(1, 2, other=3), lambda: Pair._make([1]), lambda: p._replace(middle=5),
    lambda: setattr(p, 'left', 5), lambda: delattr(p, 'left'), lambda: setattr(p, 'new', 1),
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
