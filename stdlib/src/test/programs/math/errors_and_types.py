# math functions accept ints, floats and objects with __float__ or __index__.
import math
class Half:
    def __float__(self):
        return 0.5
class Three:
    def __index__(self):
        return 3
print(math.sqrt(Half()), math.floor(Half()), math.factorial(Three()), math.sqrt(True))
print(math.sqrt(10 ** 100), math.log(10 ** 400), math.floor(-0.0), math.isqrt(Three()))
try:
    math.sqrt('4')
except TypeError as e:
    print('TypeError', e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print('TypeError', e)
