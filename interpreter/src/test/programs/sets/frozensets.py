# frozenset is hashable and immutable.
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f | g, f & g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
d = {f: 'first', g: 'second'}
print(d[frozenset([3, 2, 1])])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
print(frozenset(), repr(frozenset()), repr(frozenset([5])))
