# min, max, sum with keys, defaults and starts.
print(min(3, 1, 2), max(3, 1, 2), min('b', 'a'), max([1, 5, 3]), max('hello'))
print(min([], default=None), max((), default=-1), max([2, 3], default=0))
print(max(['apple', 'fig', 'banana'], key=len), min({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'a'), (1, 'b')]))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10), start=5), sum([]))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 10), sum([2 ** 64, 1]))
for bad in [lambda: min([]), lambda: max(), lambda: sum(['a'], '')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
