# Keys: hashable types, equal numbers collide, unhashable types are refused.
d = {1: 'int', 'x': 'str', (1, 2): 'tuple', None: 'none', frozenset({1}): 'fs', 2.5: 'float'}
print(d[1], d['x'], d[(1, 2)], d[None], d[frozenset([1])], d[2.5])
d[1.0] = 'float one'
d[True] = 'true'
print(d[1], len(d), list(d)[0])
for bad in [[1], {}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError', e)
try:
    print(d['missing'])
except KeyError as e:
    print('KeyError', e, repr(e.args[0]))
try:
    print(d[(3, 4)])
except KeyError as e:
    print('KeyError', e)
