# groupby's groups share the underlying iterator: advancing invalidates earlier groups.
from itertools import groupby, islice
groups = groupby('aaabbbcc')
key1, group1 = next(groups)
key2, group2 = next(groups)
print(key1, list(group1), key2, list(group2))
saved = [(k, g) for k, g in groupby('xxyyz')]
print([(k, list(g)) for k, g in saved])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'leek'), ('fruit', 'fig')]
print([(k, [name for _, name in g]) for k, g in groupby(records, key=lambda r: r[0])])
it = groupby(range(10), key=lambda n: n // 3)
print([(k, list(islice(g, 2))) for k, g in it])
