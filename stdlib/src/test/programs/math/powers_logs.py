# sqrt, pow, exp, log family.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e300))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000))
print(math.log10(1000), math.log10(2), math.log2(1024), math.log2(3), math.log1p(1e-10), math.expm1(1e-10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
