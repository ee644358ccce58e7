# Laziness of the itertools iterators, their reprs and types, tee copies, and argument errors.
import itertools as it
class noisy:
    def __init__(self, name, items):
        print('start', name)
        self.name = name
        self.items = iter(items)
    def __iter__(self):
        return self
    def __next__(self):
        item = next(self.items)
        print('yield', self.name, item)
        return item
chained = it.chain(noisy('a', [1]), noisy('b', [2]))
print('made chain')
print(next(chained), next(chained))
source = iter(range(10))
window = it.islice(source, 2, 6, 2)
print(list(window), next(source))
counter = it.count(10, 5)
print(next(counter), next(counter), counter, it.count(), it.count(1.5, 0.5), it.count(0, 1.0), it.count(2 ** 70))
r = it.repeat('x', 3)
next(r)
print(r, r.__length_hint__(), it.repeat('y'), it.repeat(1, -5), list(it.repeat(1, -5)))
first, second, third = it.tee(noisy('t', 'ab'), 3)
print(next(first), next(first), list(second), list(third), list(first))
copied = first.__copy__()
print(type(first).__name__, type(copied) is type(first), list(copied))
a, b = it.tee(it.count())
print([next(a) for _ in range(3)], next(b), it.tee([], 0))
print(type(it.chain.from_iterable([])).__name__, it.chain.__module__, it.count.__name__, it._grouper.__name__)
print(list(it.product(repeat=0)), list(it.product('ab', repeat=0)), list(it.combinations('', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.permutations('abc', 0)), list(it.permutations('ab', 3)), list(it.combinations('abc', 5)), list(it.zip_longest()))
print(list(it.accumulate([], initial=7)), list(it.accumulate([5], initial=None)), list(it.pairwise('a')), list(it.starmap(pow, [[2, 3]])))
keyed = it.groupby([('a', 1), ('a', 2), ('b', 3)], key=lambda pair: pair[0])
print([(key, [value for _, value in group]) for key, group in keyed])
stale = it.groupby('aabb')
_, old_group = next(stale)
next(stale)
print(list(old_group))
class Evens(it.filterfalse):
    pass
print(list(Evens(lambda n: n % 2, range(7))), type(Evens(None, [])).__name__)
bad_calls = [
    lambda: it.count('a'), lambda: it.count(1, 'b'), lambda: it.repeat(1, 'x'), lambda: it.islice([], -1),
    lambda: it.islice([], 1, -1), lambda: it.islice([], 0, 5, 0), lambda: it.islice([]), lambda: it.islice([], 1, 2, 3, 4),
    lambda: it.islice([], 'a'), lambda: it.permutations([1], -1), lambda: it.permutations([1], 'x'),
    lambda: it.combinations('ab', 2.0), lambda: it.combinations([1], -1), lambda: it.product([1], repeat=-1),
    lambda: it.tee([], -1), lambda: it.tee([], 'x'), lambda: list(it.chain([1], 1)), lambda: it.cycle(1),
    lambda: it.repeat(1).__length_hint__(), lambda: it.pairwise(1), lambda: next(it.starmap(max, [1])),
    lambda: next(it.accumulate([1, 'a'], initial=0)), lambda: list(it.accumulate([1, 'a'])),
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
