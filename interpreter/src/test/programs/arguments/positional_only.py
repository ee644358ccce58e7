# Positional-only parameters.
def power(base, exp=2, /, *, mod=None):
    return pow(base, exp, mod)
print(power(3), power(3, 3), power(3, 3, mod=5))
try:
    power(base=3)
except TypeError as e:
    print('TypeError', e)
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    both(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
def kw_name_clash(name, /, **kwargs):
    return name, kwargs
print(kw_name_clash('pos', name='kw'))
