# isclose, isfinite, isinf, isnan, frexp, ldexp, fsum.
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
for x in [0.0, 1.5, math.inf, -math.inf, math.nan]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, -1.0))
