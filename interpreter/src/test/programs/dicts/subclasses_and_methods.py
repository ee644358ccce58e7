# Subclasses of dict, __missing__, fromkeys, the | operators, and dict method errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Counter(dict):
    def __missing__(self, key):
        return 0


class Logged(dict):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value * 2)


c = Counter(a=1)
print(c['a'], c['zzz'], c.get('zzz'), 'zzz' in c, dict.__getitem__(c, 'a'))
attempt('missing via get', lambda: c.get('q', 'dflt'))
lg = Logged.fromkeys([1, 2], 5)
print(lg, type(lg).__name__)
lg.update({3: 3})
print(lg)
print(type(c.copy()).__name__, type(c | {}).__name__, type({} | c).__name__)
c |= [('b', 2)]
print(c, type(c).__name__)
print(dict.fromkeys(range(3)), dict.fromkeys('ab', []), Counter.fromkeys([1]))
d = {'x': 1, 'y': 2}
print(d.pop('x'), d.pop('nope', None), d.setdefault('z', []), d.setdefault('y', 9), d)
print(d.popitem(), d.popitem(), d)
attempt('popitem empty', lambda: d.popitem())
attempt('pop missing', lambda: {}.pop('k'))
attempt('getitem missing', lambda: {}['k'])
attempt('delitem missing', lambda: dict.__delitem__({}, 'k'))
attempt('too many', lambda: dict({}, {}))
attempt('update too many', lambda: {}.update({}, {}))
attempt('bad pair', lambda: dict([(1, 2, 3)]))
attempt('not pairs', lambda: dict([1]))
attempt('unhashable key', lambda: {[1]: 2})
attempt('or list', lambda: {} | [])
attempt('lt', lambda: {} < {})
attempt('hash', lambda: hash({}))
attempt('descriptor', lambda: dict.get([], 1))
print(dict(a=1) == {'a': 1}, {1: 2} != {1: 3}, {1: 2} == Counter({1: 2}), dict.__eq__({}, []))
print(dict({1: 2}, b=3), dict([(1, 2)], c=4), dict(zip(range(3), range(3, 6))))
e = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del e[k]
e[0] = 'back'
print(e, list(reversed(e)))


class Both(dict):
    def keys(self):
        return ['only']

    def __getitem__(self, key):
        return 'item-' + key


print(dict(Both(only=1, other=2)), {**Both(x=1)})
