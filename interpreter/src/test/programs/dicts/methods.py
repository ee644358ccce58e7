# dict methods.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({'d': 4}, e=5)
d.update([('f', 6)])
print(d)
print(d.pop('a'), d.pop('zz', 'dflt'), d.popitem(), d)
e = d.copy()
e['b'] = 'changed'
print(d, e)
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
