# Special cases of math functions: signed zeros, infinities, nan propagation, exact results.
import math
print(math.sqrt(-0.0), math.copysign(1, -0.0), math.copysign(1, math.nan), math.atan2(0.0, -0.0))
print(math.exp(-math.inf), math.log(math.inf), math.sqrt(math.inf), math.floor(-0.5), math.ceil(-0.5))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.hypot(math.inf, math.nan), math.fmod(-0.0, 1))
print(math.isnan(math.nan * 0), math.isnan(math.inf - math.inf), math.isinf(1e308 * 10))
print(math.factorial(20) == math.prod(range(1, 21)), math.comb(100, 50), math.gcd(2 ** 100, 6 ** 50))
print(math.log(2 ** 1000, 2), math.log10(10 ** 300), math.log2(2 ** -1074))
for bad in [lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.log(1, 1), lambda: math.sqrt(-1e-300)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
