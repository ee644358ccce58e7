# Dict views: live, set-like for keys and items, printed and combined as CPython does.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {n: n * n for n in range(8)}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, sep='\n')
d[8] = 64
del d[0]
print(len(keys), 8 in keys, 0 in keys, (3, 9) in items, (3, 10) in items, 3 in items, 64 in values)
print(list(reversed(keys)), list(reversed(values)), list(reversed(items))[:2])
print(keys & {1, 2, 100}, keys & [7, 6, 5, 99], {1, 2, 100} & keys, range(5) & keys if False else '')
print(keys | {100, 1}, [100, 50] | keys, keys - {1, 2}, {1, 2, 99} - keys, keys ^ {1, 99}, {1, 99} ^ keys)
print(items & {(1, 1), (2, 5)}, items - {(1, 1)}, items | {(0, 0)})
e = {n: n for n in range(4, 12)}
print(items ^ e.items())
print(e.items() ^ items)
print(keys & e.keys(), e.keys() & keys, keys - e.keys(), keys ^ e.keys())
print(keys == set(range(1, 9)), keys == {1}, keys < set(range(20)), keys >= {1, 2}, items == set(items))
print(keys.isdisjoint([100, 200]), keys.isdisjoint({1}), items.isdisjoint([(1, 1)]), keys.isdisjoint(keys))
print(keys.mapping, type(keys.mapping).__name__, values.mapping[3], items.mapping is not d)
print(values == d.values(), d.keys() == d.keys(), d.items() == d.items())
attempt('hash keys', lambda: hash(keys))
attempt('hash items', lambda: hash(items))
attempt('unhashable in items', lambda: ([], 1) in items)
attempt('keys or int', lambda: keys | 5)
attempt('values and', lambda: values & {1})
attempt('keys lt list', lambda: keys < [1])
nested = {}
nested['self'] = nested.values()
print(nested.values())
print(nested)
empty = {}
print(empty.keys(), empty.values(), empty.items(), list(reversed(empty)))
mp = keys.mapping
print(len(mp), list(mp), mp[4], mp.get(99, 'none'), 4 in mp, mp.keys(), mp.copy() == d, mp == d)
attempt('mapping write', lambda: mp.__setitem__(1, 2))
attempt('mapping ior', lambda: mp.__ior__({}))
print(mp | {100: 0}, {100: 0} | mp)
