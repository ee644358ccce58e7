# floor/ceil/trunc protocols, keyword arguments, and the errors of less common functions.
import math
class Rounds:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
class OnlyFloat:
    def __float__(self):
        return -2.5
print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.floor(True), math.ceil(10 ** 40))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print('TypeError', e)
print(math.prod([2, 3], start=10), math.prod([], start='empty'), math.prod([1.5, 2]), math.prod([True, True]))
print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(1.0, 1.05, abs_tol=0.01), math.isclose(-0.0, 0.0))
print(math.exp2(10), math.exp2(-1), round(math.cbrt(27.0), 12), round(math.cbrt(-0.001), 12))
print(round(math.erf(0.5), 12), round(math.erfc(2.0), 15), math.erf(0), math.erfc(0), math.erf(math.inf))
print(math.gamma(5), math.gamma(0.5) ** 2 - math.pi < 1e-14, round(math.lgamma(10.5), 10), math.lgamma(1))
print(math.dist((1, 2, 3), (1, 2, 3)), math.dist(iter([0, 0]), [5, 12]), math.hypot(), math.hypot(-7))
print(math.perm(6, 0), math.perm(0), math.comb(0, 0), math.comb(10 ** 20, 1), math.perm(10 ** 20, 2))
print(math.gcd(-0, -7), math.lcm(-4, 6), math.lcm(0, 5), math.isqrt(True), math.factorial(False))
print(math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, 3), math.remainder(1, math.inf))
print(math.log(math.e ** 2), math.log(1024, 2), math.log(10 ** 500, 10), math.log2(2 ** 2000), math.log10(10 ** 999))
print(math.atanh(0.5), math.asinh(-1e300), math.acosh(1), math.tanh(-math.inf), math.atan(math.inf))
bad_calls = [
    lambda: math.ldexp(1.0, 2.0), lambda: math.isclose(1, 2, rel_tol=-0.5), lambda: math.dist([1], [1, 2]),
    lambda: math.dist(1, [1]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
    lambda: math.comb(5, 'k'), lambda: math.perm(-3, 1), lambda: math.gamma(-2), lambda: math.lgamma(0),
    lambda: math.gamma(200), lambda: math.atanh(1), lambda: math.acosh(0.5), lambda: math.log(-(10 ** 500)),
    lambda: math.log(5, 1), lambda: math.cosh(1000), lambda: math.hypot('a'), lambda: math.factorial(10 ** 30),
    lambda: math.prod([[1]], start=[]), lambda: math.gcd(2, 3.0), lambda: math.exp2(2000),
]
for bad in bad_calls:
    try:
        print('no error', bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
