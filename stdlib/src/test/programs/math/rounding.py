# floor, ceil, trunc, fabs, modf, copysign, round-related functions.
import math
for x in [2.5, -2.5, 3.0, -0.5, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), math.modf(x))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 30), math.ceil(-(10 ** 30) + 0.5))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print('ValueError', e)
