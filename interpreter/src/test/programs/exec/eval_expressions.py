# eval() of expressions, with the caller's names or given dicts and mappings.

x = 10
print(eval("x * 2"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1, "y": 2}, {"y": 20}))
print(eval(" \t x - 1"))
print(eval("[i * i for i in range(4)]"))
print(eval("(1,\n 2)"))
print(eval("'text'.upper()"))
print(eval("1 + 1\n\n"))
print(eval(b"3 * 3"))
print(eval(bytearray(b"4 * 4")))

def in_function(a):
    b = a * 2
    return eval("a + b + x")
print(in_function(1))

def closure_names():
    free = "free"
    def inner():
        # eval sees the function's locals snapshot, which holds the free variable it uses.
        return free, eval("free")
    return inner()
print(closure_names())

# A mapping that is not a dict, as locals.
class Squares:
    def __getitem__(self, key):
        if key.startswith("sq"):
            return int(key[2:]) ** 2
        raise KeyError(key)
print(eval("sq3 + sq4", {}, Squares()))
try:
    eval("missing", {}, Squares())
except NameError as e:
    print("NameError:", e)

# Globals may be a dict subclass.
class MyDict(dict):
    pass
print(eval("v + 1", MyDict(v=1)))

# eval of code compiled in each mode.
print(eval(compile("5 * 5", "<e>", "eval")))
print(eval(compile("z = 1", "<x>", "exec"), {}))
ns = {}
print(eval(compile("w = 3", "<x>", "exec"), ns), ns["w"])

# The walrus binds in the locals.
loc = {}
print(eval("(q := 9) + 1", {}, loc), loc)

# Lambdas made by eval see the eval globals.
f = eval("lambda n: n + offset", {"offset": 100})
print(f(1), f.__globals__["offset"])

# __builtins__ as seen from eval.
print(eval("__builtins__") is __builtins__)
print(type(eval("__builtins__", {})).__name__)
