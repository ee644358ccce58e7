# exec() of statements: where the names it binds land, with and without explicit dicts.

namespace = {}
exec("a = 1\nb = a + 1\nfor i in range(3):\n    b += i\n", namespace)
print(sorted(k for k in namespace if k != "__builtins__"), namespace["b"])

# A globals dict without __builtins__ gets the builtins dict; one that has it keeps it.
print("__builtins__" in namespace, type(namespace["__builtins__"]).__name__)
print(namespace["__builtins__"] is __builtins__.__dict__)

# Restricted builtins: only what the globals' __builtins__ offers is there.
restricted = {"__builtins__": {"len": len}}
exec("n = len('four')", restricted)
print(restricted["n"])
try:
    exec("print('not reached')", restricted)
except NameError as e:
    print("NameError:", e)
print(eval("len([1, 2])", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

# A module as __builtins__ stands for its dict.
import builtins
print(eval("max(3, 9)", {"__builtins__": builtins}))

# Without dicts, exec at module level runs in the module's globals.
exec("created_here = 'yes'")
print(created_here)
counter = 10
exec("counter += 5")
print(counter)

# Separate globals and locals: bindings go to locals, reads fall back to globals.
g = {"base": 100}
loc = {}
exec("total = base + 1\nbase_seen = base", g, loc)
print(sorted(loc), loc["total"], "total" in g)

# global statements write the globals.
exec("global made_global\nmade_global = 7\nplain = 8", g, loc)
print(g["made_global"], loc["plain"], "plain" in g)

# del works on the namespace; deleting a missing name is a NameError.
exec("del plain", g, loc)
print("plain" in loc)
try:
    exec("del never_bound", g, loc)
except NameError as e:
    print("NameError:", e)

# from-import-star lands in the locals too.
exec("from math import *", g, loc)
print("floor" in loc, "floor" in g)

# Docstring and annotations at the top of exec'd code.
doc_ns = {}
exec('"the docstring"\nx: int = 5\n', doc_ns)
print(doc_ns["__doc__"], doc_ns["__annotations__"], doc_ns["x"])

# exec returns None; code objects and bytes are accepted.
print(exec("1 + 1", {}))
code = compile("y = 40 + 2", "<made>", "exec")
for _ in range(3):
    target = {}
    exec(code, target)
    print(target["y"])
exec(b"from_bytes = 'b'", target)
print(target["from_bytes"])
exec(b"# -*- coding: latin-1 -*-\ns = '\xe9'", target)
print(target["s"] == "\u00e9")

# A str subclass is a string.
class Source(str):
    pass
exec(Source("sub = 'subclass'"), target)
print(target["sub"])

# Nested exec: inner exec at the top of exec'd code uses the outer exec's namespace.
outer = {}
exec("exec('inner = 1')\nafter = inner + 1", outer)
print(outer["inner"], outer["after"])

# Annotations add to an __annotations__ dict the namespace already has.
exec("second: str = 'two'", doc_ns)
print(doc_ns["__annotations__"])
exec(compile("third: float = 3.0", "<s>", "single"), doc_ns)
print(doc_ns["__annotations__"])
