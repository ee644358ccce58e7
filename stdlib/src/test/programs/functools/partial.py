# functools.partial.
from functools import partial
def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
int_base2 = partial(int, base=2)
print(int_base2('1011'), int_base2('11', base=10))
nested = partial(partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
print(list(map(partial(max, 0), [-2, 3, -1])))
try:
    partial(power)(1)
except TypeError as e:
    print('TypeError', e)
