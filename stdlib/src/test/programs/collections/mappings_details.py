# Counter, OrderedDict, defaultdict and ChainMap beyond the basics.
from collections import Counter, OrderedDict, defaultdict, ChainMap
c = Counter(a=3, b=1, c=0, d=-2)
print(c, +c, -c, c.most_common(1), c.most_common(0), c.most_common(-1), c.total(), sorted(c.elements()))
c.update(Counter(a=1)); c.update(['b', 'b']); c.update(e=5)
print(c)
c.subtract({'a': 10}); c.subtract('e'); c.subtract(b=1)
print(c, c['zzz'], 'zzz' in c)
del c['missing']; del c['d']
print(c, c.copy() == c, type(c.copy()).__name__)
x, y = Counter('aab'), Counter('abc')
print(x + y, x - y, x | y, x & y, x == Counter(a=2, b=1), x != y, x <= x + y, x < x, x >= Counter(a=1), x > Counter())
inplace = Counter(a=2, b=-1)
inplace += Counter(b=3); print(inplace)
inplace -= Counter(a=5); print(inplace)
inplace |= Counter(c=2); print(inplace)
inplace &= Counter(b=1, c=5); print(inplace)
print(Counter(), repr(Counter()), Counter({'x': 1, 'y': 3}), Counter('hello') == Counter('olleh'))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(a=1) == {'a': 1}, Counter(a=1) == Counter(a=1, b=0))

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); od.move_to_end('c', last=False)
print(od, list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict() == OrderedDict(), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1), OrderedDict.fromkeys('ab', 0), OrderedDict(), od.copy())
for bad in [lambda: OrderedDict().popitem(), lambda: od.move_to_end('nope')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)

dd = defaultdict(list, {'a': [1]})
dd['b'].append(2)
print(dd, dd.default_factory, dd.copy(), type(dd.copy()).__name__, defaultdict(), defaultdict(int) == {})
merged = dd | {'c': [3]}
print(merged, type(merged).__name__, merged.default_factory)
counts = defaultdict(int)
for word in 'a b a c a'.split():
    counts[word] += 1
print(sorted(counts.items()), dict(counts))
plain = defaultdict(None)
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict('not callable')
except TypeError as e:
    print('TypeError', e)

base = {'colour': 'red', 'size': 1}
overrides = {'size': 2}
chain = ChainMap(overrides, base)
print(chain['size'], chain['colour'], chain.get('nope', '-'), len(chain), list(chain), 'colour' in chain)
chain['weight'] = 3
print(overrides, chain.maps[0] is overrides, chain)
child = chain.new_child({'size': 9})
print(child['size'], child.parents['size'], len(child.maps), ChainMap(), dict(child))
for bad in [lambda: chain.__delitem__('colour'), lambda: ChainMap({}).popitem(), lambda: ChainMap({}).pop('x'), lambda: ChainMap()['k']]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
