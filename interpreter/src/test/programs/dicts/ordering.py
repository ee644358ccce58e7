# dicts keep insertion order; deleting and re-inserting moves a key to the end.
d = {}
for k in ['zeta', 'alpha', 'mu', 'beta']:
    d[k] = len(k)
print(d)
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 4
print(list(d))
print({**d, 'alpha': 'new', 'omega': 5})
print(list(reversed(d)))
print(dict(sorted(d.items())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
