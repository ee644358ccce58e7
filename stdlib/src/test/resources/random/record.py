"""Records CPython's random module outputs as JSON lines for RandomVectorsTest.

Run from this folder with CPython 3.11:  python3 record.py > vectors.jsonl

Each line is one case: a seed, a call repeated some times, and either the results or the
error it raised, plus the random() that follows (which pins how many draws the call used).
"""
import json
import math
import random
import sys


class Range:
    """A population list(range(n)), written to the recording as {"range": n}."""

    def __init__(self, n):
        self.n = n


SEEDS = [
    {"type": "int", "value": 0},
    {"type": "int", "value": 1},
    {"type": "int", "value": 42},
    {"type": "int", "value": 123456789},
    {"type": "int", "value": 2**32 - 1},
    {"type": "int", "value": 2**32},
    {"type": "int", "value": 2**64 + 1},
    {"type": "int", "value": -5},
    {"type": "int", "value": 10**100},
    {"type": "int", "value": -(2**200) + 7},
    {"type": "str", "value": ""},
    {"type": "str", "value": "hello"},
    {"type": "str", "value": "h\u00e9llo w\u00f6rld \u2603"},
    {"type": "str", "value": "\U0001F600 astral"},
    {"type": "bytes", "hex": ""},
    {"type": "bytes", "hex": "00ff20616263"},
    {"type": "float", "value": 1.5},
    {"type": "float", "value": -1.5},
    {"type": "float", "value": 0.0},
    {"type": "float", "value": -0.0},
    {"type": "float", "value": 1e300},
    {"type": "float", "value": 3.141592653589793},
    {"type": "float", "value": 5e-324},
    {"type": "float", "value": float("inf")},
    {"type": "float", "value": float("-inf")},
    {"type": "str_v1", "value": ""},
    {"type": "str_v1", "value": "hello"},
    {"type": "str_v1", "value": "h\u00e9llo \u2603"},
    {"type": "bytes_v1", "hex": "616263ff"},
]

# (name, args, kwargs, repeat): the calls made after seeding, for every seed.
CALLS = [
    ("random", [], {}, 12),
    ("getrandbits", [0], {}, 2),
    ("getrandbits", [1], {}, 8),
    ("getrandbits", [5], {}, 4),
    ("getrandbits", [31], {}, 3),
    ("getrandbits", [32], {}, 3),
    ("getrandbits", [33], {}, 3),
    ("getrandbits", [63], {}, 3),
    ("getrandbits", [64], {}, 3),
    ("getrandbits", [65], {}, 3),
    ("getrandbits", [100], {}, 2),
    ("getrandbits", [1000], {}, 1),
    ("randbytes", [0], {}, 1),
    ("randbytes", [1], {}, 3),
    ("randbytes", [3], {}, 2),
    ("randbytes", [4], {}, 2),
    ("randbytes", [5], {}, 2),
    ("randbytes", [17], {}, 2),
    ("randrange", [1], {}, 2),
    ("randrange", [2], {}, 6),
    ("randrange", [10], {}, 6),
    ("randrange", [1000], {}, 4),
    ("randrange", [2**31], {}, 3),
    ("randrange", [2**32 + 1], {}, 3),
    ("randrange", [2**53], {}, 3),
    ("randrange", [2**64], {}, 3),
    ("randrange", [10**30], {}, 3),
    ("randrange", [0, 10], {}, 5),
    ("randrange", [-5, 5], {}, 5),
    ("randrange", [10, 2**40], {}, 3),
    ("randrange", [-2**70, 2**70], {}, 3),
    ("randrange", [0, 100, 7], {}, 5),
    ("randrange", [100, 0, -3], {}, 5),
    ("randrange", [-10, 10, 2], {}, 5),
    ("randrange", [0, 10**20, 10**9], {}, 3),
    ("randrange", [5, 6, 10], {}, 2),
    ("randint", [1, 6], {}, 8),
    ("randint", [0, 1], {}, 6),
    ("randint", [-100, 100], {}, 4),
    ("randint", [0, 2**64], {}, 3),
    ("randint", [2**63 - 10, 2**63 - 1], {}, 3),
    ("choice", [Range(1)], {}, 2),
    ("choice", [Range(7)], {}, 6),
    ("choice", [Range(100)], {}, 4),
    ("shuffle", [Range(0)], {}, 1),
    ("shuffle", [Range(1)], {}, 1),
    ("shuffle", [Range(2)], {}, 3),
    ("shuffle", [Range(10)], {}, 2),
    ("shuffle", [Range(52)], {}, 1),
    ("sample", [Range(10), 3], {}, 2),
    ("sample", [Range(10), 10], {}, 1),
    ("sample", [Range(5), 0], {}, 1),
    ("sample", [Range(22), 6], {}, 2),
    ("sample", [Range(30), 25], {}, 1),
    ("sample", [Range(100), 5], {}, 2),
    ("sample", [Range(100), 50], {}, 1),
    ("sample", [Range(1000), 10], {}, 2),
    ("sample", [Range(300), 290], {}, 1),
    ("sample", [["a", "b", "c"], 4], {"counts": [3, 1, 2]}, 2),
    ("sample", [["x", "y"], 3], {"counts": [10**18, 1]}, 2),
    ("sample", [["x", "y", "z"], 2], {"counts": [5, -2, 4]}, 2),
    ("choices", [Range(5)], {"k": 8}, 1),
    ("choices", [Range(5)], {}, 3),
    ("choices", [Range(5), [1, 2, 3, 4, 5]], {"k": 8}, 1),
    ("choices", [Range(5)], {"cum_weights": [1, 3, 6, 10, 15], "k": 8}, 1),
    ("choices", [Range(5), [0.1, 0.2, 0.3, 0.4, 0.5]], {"k": 8}, 1),
    ("choices", [Range(5), [1, 2.5, 3, 0, 4]], {"k": 8}, 1),
    ("choices", [Range(5), [2**80, 1, 2**70, 3, 5]], {"k": 8}, 1),
    ("choices", [Range(3)], {"cum_weights": [0.5, 0.5, 2**60], "k": 8}, 1),
    ("choices", [Range(5)], {"k": 0}, 1),
    ("choices", [Range(5)], {"k": -2}, 1),
    ("uniform", [0, 1], {}, 3),
    ("uniform", [-5.0, 5.0], {}, 3),
    ("uniform", [1e10, 1e10 + 1], {}, 3),
    ("uniform", [3.0, -2.0], {}, 3),
    ("triangular", [], {}, 3),
    ("triangular", [0.0, 10.0, 3.0], {}, 4),
    ("triangular", [5.0, 5.0], {}, 2),
    ("triangular", [5.0, 5.0, 5.0], {}, 2),
    ("triangular", [2.0, 1.0, 1.5], {}, 3),
    ("triangular", [0.0, 1.0, 0.0], {}, 3),
    ("triangular", [0.0, 1.0, 1.0], {}, 3),
    ("triangular", [1.0, 1.0, 3.0], {}, 2),
    ("normalvariate", [0.0, 1.0], {}, 5),
    ("normalvariate", [10.0, 2.5], {}, 5),
    ("gauss", [0.0, 1.0], {}, 5),
    ("gauss", [100.0, 15.0], {}, 4),
    ("lognormvariate", [0.0, 1.0], {}, 4),
    ("expovariate", [1.0], {}, 4),
    ("expovariate", [0.25], {}, 3),
    ("expovariate", [-2.0], {}, 3),
    ("vonmisesvariate", [0.0, 0.0], {}, 3),
    ("vonmisesvariate", [1.0, 4.0], {}, 4),
    ("vonmisesvariate", [math.pi, 0.5], {}, 4),
    ("gammavariate", [0.5, 1.0], {}, 4),
    ("gammavariate", [1.0, 2.0], {}, 3),
    ("gammavariate", [2.5, 1.0], {}, 4),
    ("gammavariate", [0.01, 1.0], {}, 3),
    ("gammavariate", [200.0, 1.0], {}, 3),
    ("betavariate", [2.0, 3.0], {}, 4),
    ("betavariate", [0.5, 0.5], {}, 4),
    ("paretovariate", [1.5], {}, 4),
    ("weibullvariate", [1.0, 1.5], {}, 4),
    ("weibullvariate", [2.0, 1.0], {}, 3),
]

# Calls that raise: recorded once, after seeding with 0.
ERROR_CALLS = [
    ("getrandbits", [-1], {}),
    ("randbytes", [-1], {}),
    ("randrange", [0], {}),
    ("randrange", [-3], {}),
    ("randrange", [5, 5], {}),
    ("randrange", [5, 3], {}),
    ("randrange", [10, 1, 1], {}),
    ("randrange", [1, 10, 0], {}),
    ("randrange", [10, 1, 2], {}),
    ("randrange", [1, 10, -1], {}),
    ("randrange", [5, None, 2], {}),
    ("randrange", [-2**70, -2**70], {}),
    ("randint", [5, 3], {}),
    ("randint", [2**63 - 1, 2**63 - 3], {}),
    ("choice", [[]], {}),
    ("sample", [[1, 2], 3], {}),
    ("sample", [[1, 2], -1], {}),
    ("sample", [[1, 2], 1], {"counts": [1]}),
    ("sample", [[1, 2], 1], {"counts": [0, 0]}),
    ("sample", [[], 0], {"counts": []}),
    ("sample", [[1, 2], 1], {"counts": [1.0, 2.0]}),
    ("sample", [[1, 2], 1], {"counts": [2**70, 2**70]}),
    ("choices", [[]], {"k": 2}),
    ("choices", [[]], {"weights": [], "k": 2}),
    ("choices", [[1, 2]], {"weights": [0, 0]}),
    ("choices", [[1, 2]], {"weights": [1, float("inf")]}),
    ("choices", [[1, 2]], {"weights": [1, float("nan")]}),
    ("choices", [[1, 2]], {"weights": [1, 2], "cum_weights": [1, 2]}),
    ("choices", [[1, 2]], {"weights": [1]}),
    ("choices", [[1, 2]], {"weights": [2**1100, 1]}),
    ("choices", [[1, 2]], {"weights": [-1, -2]}),
    ("expovariate", [0.0], {}),
    ("paretovariate", [0.0], {}),
    ("weibullvariate", [1.0, 0.0], {}),
    ("lognormvariate", [1000.0, 1.0], {}),
    ("gammavariate", [0.0, 1.0], {}),
    ("gammavariate", [1.0, -1.0], {}),
    ("betavariate", [-1.0, 1.0], {}),
]

# setstate((version, (fill, fill + 1, ...) of size - 1 words + (index,), None)): the error,
# or what follows.
SETSTATES = [
    {"version": 3, "fill": 7, "index": 0, "size": 625},
    {"version": 3, "fill": 2**32 + 5, "index": 624, "size": 625},
    {"version": 3, "fill": 0, "index": 624, "size": 625},
    {"version": 3.0, "fill": 12345, "index": 600, "size": 625},
    {"version": 2, "fill": -1, "index": 624, "size": 625},
    {"version": 2, "fill": -(2**40) + 3, "index": 2**32 + 10, "size": 625},
    {"version": 3, "fill": -1, "index": 624, "size": 625},
    {"version": 3, "fill": 2**64, "index": 624, "size": 625},
    {"version": 3, "fill": 1, "index": 625, "size": 625},
    {"version": 3, "fill": 1, "index": -1, "size": 625},
    {"version": 3, "fill": 1, "index": 2**63, "size": 625},
    {"version": 3, "fill": 1, "index": 5, "size": 624},
    {"version": 4, "fill": 1, "index": 5, "size": 625},
    {"version": 2, "fill": 1, "index": 625, "size": 625},
]


def jsonable(value):
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": value.hex()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, Range):
        return {"range": value.n}
    return value


def seeded(spec):
    r = random.Random()
    kind = spec["type"]
    if kind in ("int", "float", "str"):
        r.seed(spec["value"])
    elif kind == "bytes":
        r.seed(bytes.fromhex(spec["hex"]))
    elif kind == "str_v1":
        r.seed(spec["value"], version=1)
    elif kind == "bytes_v1":
        r.seed(bytes.fromhex(spec["hex"]), version=1)
    else:
        raise ValueError(kind)
    return r


def call(r, name, args, kwargs):
    args = [list(range(a.n)) if isinstance(a, Range) else list(a) if isinstance(a, list) else a
            for a in args]
    result = getattr(r, name)(*args, **kwargs)
    if name == "shuffle":
        return args[0]
    return result


def emit(case):
    print(json.dumps(case, sort_keys=True))


def main():
    for spec in SEEDS:
        for name, args, kwargs, repeat in CALLS:
            r = seeded(spec)
            results = [jsonable(call(r, name, args, kwargs)) for _ in range(repeat)]
            emit({"seed": spec, "call": name, "args": jsonable(args), "kwargs": kwargs,
                  "results": results, "next": r.random()})
    for spec in SEEDS[::4]:
        r = seeded(spec)
        for _ in range(700):
            r.random()
        version, internal, gauss_next = r.getstate()
        emit({"seed": spec, "call": "getstate_after_700", "args": [], "kwargs": {},
              "results": [version, list(internal), gauss_next], "next": r.random()})
    zero = {"type": "int", "value": 0}
    for spec in SETSTATES:
        r = seeded(zero)
        state = tuple(spec["fill"] + i for i in range(spec["size"] - 1)) + (spec["index"],)
        case = {"seed": zero, "call": "setstate", "args": [spec], "kwargs": {}}
        try:
            r.setstate((spec["version"], state, None))
        except Exception as e:
            case["error"] = [type(e).__name__, str(e)]
        else:
            case["results"] = [r.random() for _ in range(3)]
        case["next"] = r.random()
        emit(case)
    for name, args, kwargs in ERROR_CALLS:
        r = seeded(zero)
        try:
            call(r, name, args, kwargs)
        except Exception as e:
            emit({"seed": zero, "call": name, "args": args, "kwargs": kwargs,
                  "error": [type(e).__name__, str(e)], "next": r.random()})
        else:
            sys.exit(f"{name}{args} did not raise")


if __name__ == "__main__":
    main()
