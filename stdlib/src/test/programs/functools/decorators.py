# lru_cache keys and statistics, cache, total_ordering from each root, cached_property and singledispatch.
from functools import lru_cache, cache, total_ordering, cached_property, singledispatch, singledispatchmethod
log = []
@lru_cache(maxsize=3)
def keyed(*args, **kwargs):
    log.append((args, kwargs))
    return len(log)
keyed(1); keyed(1.0); keyed(1, x=2); keyed(1, x=2); keyed(x=2, y=3); keyed(y=3, x=2)
print(len(log), keyed.cache_info(), keyed.cache_parameters())
keyed('a'); keyed('b'); keyed('a'); keyed('c'); keyed('d'); keyed('a')
print(keyed.cache_info())
@lru_cache(maxsize=0)
def uncached(x):
    return x
uncached(1); uncached(1)
print(uncached.cache_info())
@lru_cache(maxsize=-5)
def negative(x):
    return x
print(negative(1), negative.cache_info())
try:
    lru_cache('not a size')
except TypeError as e:
    print('TypeError', e)
class Service:
    calls = 0
    @lru_cache
    def lookup(self, key):
        Service.calls += 1
        return key.upper()
s = Service()
print(s.lookup('a'), s.lookup('a'), Service.calls, Service.lookup.cache_info().hits)
@cache
def square(n):
    return n * n
print([square(n) for n in [2, 3, 2]], square.cache_info(), square.__name__)
def ordered(root):
    class Version:
        def __init__(self, number):
            self.number = number
        def __eq__(self, other):
            return self.number == other.number
        def __repr__(self):
            return f'V{self.number}'
    comparisons = {
        '__lt__': lambda a, b: a.number < b.number, '__le__': lambda a, b: a.number <= b.number,
        '__gt__': lambda a, b: a.number > b.number, '__ge__': lambda a, b: a.number >= b.number,
    }
    setattr(Version, root, comparisons[root])
    return total_ordering(Version)
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    V = ordered(root)
    a, b = V(1), V(2)
    print(root, a < b, a <= b, a > b, a >= b, b <= b, sorted([b, a]))
@total_ordering
class Shy:
    def __lt__(self, other):
        return NotImplemented
try:
    Shy() > Shy()
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.radius ** 2
c = Circle(2)
print(c.area, c.area, 'area' in vars(c), Circle.area.attrname, type(Circle.area).__name__)
del c.area
print(c.area)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print('TypeError', e)
@singledispatch
def describe(obj):
    return f'object {obj!r}'
@describe.register(int)
def _(obj):
    return f'int {obj}'
@describe.register
def _(obj: list):
    return f'list of {len(obj)}'
describe.register(float, lambda obj: f'float {obj}')
print(describe('s'), describe(3), describe(True), describe([1, 2]), describe(2.5), describe.dispatch(bool).__name__ == '_')
print(sorted([cls.__name__ for cls in describe.registry]), describe.__name__)
class Formatter:
    @singledispatchmethod
    def format(self, value):
        return f'? {value}'
    @format.register
    def _(self, value: int):
        return f'int {value}'
print(Formatter().format(1), Formatter().format('x'))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
