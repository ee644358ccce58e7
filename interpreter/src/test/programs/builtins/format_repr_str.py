# format(), repr(), str() and ascii() of many values.
values = [0, -12, 3.0, 1e-9, 2 ** 70, 'text', 'quote\'s', b'bytes', None, True, [1, 'a'], (1,), {'k': (2, 3)},
          {1, 2}, frozenset({3}), range(2), 1.5e300, -0.0, float('nan'), 'ünï', '\t']
for v in values:
    print(repr(v), str(v), ascii(v), format(v))
