# enumerate and zip.
for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*[(1, 'a'), (2, 'b')])))
names, ages = ['ann', 'bob'], [31, 42]
print(dict(zip(names, ages)))
for n, a, s in zip(names, ages, range(100)):
    print(n, a, s)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError', e)
e = enumerate('ab')
print(next(e), next(e), next(e, 'end'))
