# *args and **kwargs in definitions and calls.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, *[2, 3], x=4, **{'y': 5}))
def mixed(a, b=0, *rest, key='k', **extra):
    return a, b, rest, key, extra
print(mixed(1), mixed(1, 2, 3, 4, key='v', z=9))
args = (1, 2)
kwargs = {'key': 'K', 'other': True}
print(mixed(*args, **kwargs), mixed(*'xyz'))
print(collect(*range(3), *[9], **{'a': 1}, **{'b': 2}))
def unpack3(a, b, c):
    return a + b + c
print(unpack3(*[1, 2], 3), unpack3(**{'a': 1, 'b': 2, 'c': 3}), unpack3(1, *(2,), **{'c': 3}))
try:
    collect(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    unpack3(*[1, 2, 3, 4])
except TypeError as e:
    print('TypeError', e)
try:
    collect(**{1: 2})
except TypeError as e:
    print('TypeError', e)
