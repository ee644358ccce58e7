# keys/values/items views are live.
d = {'a': 1, 'b': 2}
ks, vs, its = d.keys(), d.values(), d.items()
d['c'] = 3
print(list(ks), list(vs), list(its), len(ks))
print('a' in ks, 2 in vs, ('b', 2) in its, ('b', 3) in its)
print(sorted(ks & {'a', 'z'}), sorted(ks | {'z'}), sorted(ks - {'a'}))
for k, v in d.items():
    print(k, '->', v)
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
