# del on dict entries, membership and len.
d = {i: i * i for i in range(6)}
del d[0]
del d[5]
print(d, 3 in d, 0 in d, 9 in d, len(d))
try:
    del d[42]
except KeyError as e:
    print('KeyError', e)
keys_to_drop = [k for k in d if k % 2]
for k in keys_to_drop:
    del d[k]
print(d)
