# len/min/max/sum/sorted/reversed/enumerate/zip over lists.
xs = [4, 8, 15, 16, 23, 42]
print(len(xs), min(xs), max(xs), sum(xs), sum(xs, 100), sum([0.1] * 10))
print(list(reversed(xs)), list(enumerate(xs, 1))[:2], list(zip(xs, 'abc')))
print(any([0, '', None]), all([1, 'x']), all([]), any([]))
print(max(['aa', 'b', 'ccc'], key=len), min([3, 1, 2], default=0), min([], default='empty'))
print(list(map(str, xs)), list(filter(lambda n: n % 2, xs)))
print(sorted(xs, reverse=True)[:3], xs.index(15))
