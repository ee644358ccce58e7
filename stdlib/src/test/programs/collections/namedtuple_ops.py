# collections.namedtuple.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(y=10), Point._make([5, 6]))
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('Ann', 30), Person('Bob', 40, 'Oslo'), Person._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 10
except AttributeError as e:
    print('AttributeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
class Vector(namedtuple('Vector', 'dx dy')):
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
print(Vector(6, 8).length(), Vector(1, 1))
