"""Records CPython's math module results as JSON lines for MathVectorsTest.

Run from this folder with CPython 3.11:  python3 record.py > vectors.jsonl

Each line is one call: the function, its arguments and either the result or the error. A float
is written as {"float": hex} so that -0.0, infinities and NaN survive exactly; an int as a JSON
integer of any size (a bool as true/false); a str as a JSON string; a tuple as {"tuple": [...]}.
"""
import json
import math
import random

rng = random.Random(20240611)


def encode(value):
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return {"float": value.hex()}
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"list": [encode(v) for v in value]}
    raise TypeError(value)


def emit(function, *args):
    case = {"f": function, "args": [encode(a) for a in args]}
    try:
        case["result"] = encode(getattr(math, function)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        case["error"] = type(e).__name__
        case["message"] = str(e)
    print(json.dumps(case, sort_keys=True))


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
           2.2250738585072014e-308, 1.7976931348623157e+308, -1.7976931348623157e+308, 1e-300, 1e300,
           0.1, 3.0, -3.0, 10.0, 100.0, 710.0, -745.2, 1e-20]


def uniform_mix(kind):
    if kind == "unit":
        return rng.uniform(-1, 1)
    if kind == "positive":
        return rng.choice([rng.uniform(0, 10), rng.uniform(0, 1e10), 2 ** rng.uniform(-1070, 1020)])
    if kind == "moderate":
        return rng.choice([rng.uniform(-10, 10), rng.uniform(-1000, 1000)])
    return rng.choice([rng.uniform(-3, 3), rng.uniform(-1e6, 1e6), rng.uniform(-700, 700)])


ONE_ARGUMENT = {
    "sqrt": "positive", "exp": "any", "exp2": "any", "expm1": "any", "log": "positive", "log2": "positive",
    "log10": "positive", "log1p": "positive", "sin": "any", "cos": "any", "tan": "any", "asin": "unit",
    "acos": "unit", "atan": "any", "sinh": "moderate", "cosh": "moderate", "tanh": "moderate",
    "asinh": "any", "acosh": "positive", "atanh": "unit", "erf": "moderate", "erfc": "moderate",
    "gamma": "moderate", "lgamma": "moderate", "cbrt": "any", "fabs": "any", "floor": "any", "ceil": "any",
    "trunc": "any", "frexp": "any", "modf": "any", "ulp": "any", "degrees": "any", "radians": "any",
    "isfinite": "any", "isinf": "any", "isnan": "any",
}
TWO_ARGUMENTS = ["atan2", "pow", "fmod", "remainder", "copysign", "nextafter", "hypot", "ldexp_float"]

for name, kind in ONE_ARGUMENT.items():
    for x in SPECIAL:
        emit(name, x)
    for _ in range(80):
        emit(name, uniform_mix(kind))

for name in TWO_ARGUMENTS:
    for x in SPECIAL[:12]:
        for y in SPECIAL[:12]:
            if name == "ldexp_float":
                continue
            emit(name, x, y)
    for _ in range(150):
        x, y = uniform_mix("moderate"), uniform_mix("moderate")
        if name == "pow":
            x = abs(x) * rng.choice([1, 100, 0.01])
        if name == "ldexp_float":
            emit("ldexp", x, rng.randint(-1100, 1100))
        else:
            emit(name, x, y)

for x in [5e-324, 1.5e-323, 1.0, 1e308]:
    for i in [-1, -1074, -1075, 10, 2000, -2000, 10 ** 30, -(10 ** 30)]:
        emit("ldexp", x, i)

# Ints of any size where CPython accepts them.
BIG = [0, 1, 7, 10 ** 20, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1, 10 ** 100, 10 ** 400, 3 ** 1000 + 1, -5, -(10 ** 400)]
for n in BIG:
    for name in ["log", "log2", "log10", "sqrt", "exp", "floor", "ceil", "trunc", "isqrt", "factorial"]:
        if name == "factorial" and abs(n) > 10 ** 5:
            continue
        emit(name, n)
    emit("log", n, 7)
    emit("log", n, 2 ** 70)
    emit("log", 10.0, n)
for n in range(0, 160, 7):
    emit("factorial", n)
    for k in [0, 1, 2, 5, n // 2, n, n + 1]:
        emit("comb", n, k)
        emit("perm", n, k)
    emit("perm", n)
for args in [(12, 18), (0, 0), (-4, 6), (2 ** 100, 6 ** 50), (10 ** 30, 10 ** 20, 15), (), (5,), (-7,)]:
    emit("gcd", *args)
    emit("lcm", *args)
for _ in range(200):
    emit("isqrt", rng.randrange(10 ** rng.randint(1, 60)))
for bad in [(-1,), (2.5,), ("x",)]:
    emit("factorial", *bad)
    emit("isqrt", *bad)
emit("comb", -1, 2)
emit("comb", 5, -2)
emit("perm", 3, -1)
emit("comb", 10 ** 30, 3)
emit("perm", 10 ** 20, 2)
emit("log", 1, 1)
emit("log", 0)
emit("log", -(10 ** 400))
emit("log", 8, 0.5)

# Sums, products and norms of whole sequences.
for _ in range(150):
    values = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(rng.randint(0, 12))]
    emit("fsum", values)
    emit("hypot", *values)
    emit("prod", values)
    emit("dist", values, [rng.uniform(-5, 5) for _ in values])
for values in [[0.1] * 10, [1e100, 1.0, -1e100], [math.inf, 1.0], [math.inf, -math.inf], [1e308, 1e308],
               [math.nan, 1.0], [1e308, 1e308, -math.inf], [2.0 ** 53, 1.0, 2.0 ** -53],
               [1.0, 1e-16, 1e-16], [3, 5, 7], [True, 2.5]]:
    emit("fsum", values)
    emit("hypot", *values)
    emit("prod", values)
emit("prod", [1, 2, 3, 10 ** 30])
emit("prod", [])
emit("dist", [1, 2], [1])
emit("isclose", 1.0, 1.0 + 1e-10)
emit("isclose", math.inf, math.inf)
emit("isclose", math.nan, math.nan)
emit("isclose", 1.0, 1.1)
