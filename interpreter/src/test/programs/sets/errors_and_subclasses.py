# Error messages of set methods, frozenset hashing, and subclasses of set and frozenset.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = {1, 2, 3}
attempt('remove missing', lambda: s.remove(9))
attempt('pop empty', lambda: set().pop())
attempt('add list', lambda: s.add([1]))
attempt('unhashable member', lambda: [1] in s)
attempt('set key', lambda: {1} in {frozenset({1})})
f = {frozenset({1, 2}), 5}
f.remove({1, 2})
print('removed by set', f)
f.discard({5})
attempt('discard set', lambda: f)
attempt('too many', lambda: set([1], [2]))
attempt('keywords', lambda: set(iterable=[1]))
attempt('frozenset keywords', lambda: frozenset(iterable=[1]))
attempt('not iterable', lambda: set(5))
attempt('or list', lambda: {1} | [2])
attempt('ior list', lambda: s.__ior__([2]))
attempt('compare list', lambda: {1} < [1])
attempt('hash set', lambda: hash({1}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset() == set(), {1} == frozenset([1]))
print({frozenset([1]): 'a'}[frozenset({1})], set([frozenset(), frozenset([0])]) == {frozenset(), frozenset({0})})
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, type(frozenset().copy()).__name__)
fs = frozenset([3, 4])
print(fs.copy() is fs, frozenset(fs) is fs, set(fs) is fs)


class Tags(set):
    def add(self, item):
        super().add(item * 10)


class Frozen(frozenset):
    pass


t = Tags([1, 2])
t.add(3)
print(t, repr(Tags()), type(t | {4}).__name__, type(t.copy()).__name__, t == {1, 2, 30})
fr = Frozen([5, 6])
print(fr, repr(Frozen()), type(fr & {5}).__name__, type(fr.copy()).__name__, hash(fr) == hash(frozenset([5, 6])))
attempt('subclass too many', lambda: Tags([1], [2]))
print(isinstance(t, set), issubclass(Frozen, frozenset), set.union(t, [7]), frozenset.union(fr, [7]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {3}, {1}.issuperset(range(1)), {1, 2}.isdisjoint([3, 4]))
print(set().union(), set([1]).intersection(), {1, 2}.difference(), {3}.issubset([3, 4]))
it = iter({1, 2, 3})
s2 = {1, 2, 3}
it2 = iter(s2)
next(it2)
s2.add(4)
attempt('changed size', lambda: next(it2))
