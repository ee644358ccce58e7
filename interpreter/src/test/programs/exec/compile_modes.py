# compile(): code objects in each mode, and what running them does.

def show(code):
    # The repr holds an address: show it without.
    text = repr(code)
    head, tail = text.split(" at 0x")
    print(head, tail[tail.index(","):], type(code).__name__, code.co_name, code.co_filename)

show(compile("a = 1", "file.py", "exec"))
show(compile("a + 1", "<expr>", "eval"))
show(compile("a", "<single>", "single"))
show(compile("", "empty", "exec"))
show(compile("x", b"bytes_name", "exec"))

class PathLike:
    def __fspath__(self):
        return "from_fspath.py"
show(compile("x", PathLike(), "exec"))

# Keyword arguments and the flags compile accepts.
show(compile(source="1", filename="kw", mode="eval", flags=0, dont_inherit=True, optimize=0))
ANNOTATIONS_FUTURE_FLAG = 0x1000000  # __future__.annotations.compiler_flag
show(compile("x", "future", "exec", ANNOTATIONS_FUTURE_FLAG))

# 'single' shows the values of expression statements through sys.displayhook.
exec(compile("1 + 1\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("'a'; 'b'\n", "<s>", "single"))
ns = {}
exec(compile("x = 5", "<s>", "single"), ns)
print(ns["x"])

import sys
shown = []
sys.displayhook = shown.append
exec(compile("42", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(shown)

# The mode decides what the code returns.
print(eval(compile("7", "<e>", "eval")), eval(compile("7", "<x>", "exec")))

# optimize=1 drops asserts and makes __debug__ False; 2 also drops docstrings.
for level in (-1, 0, 1, 2):
    ns = {}
    code = compile('"doc"\ndef f():\n    "fdoc"\nassert False, "asserted"\ndebug = __debug__\n', "<o>", "exec",
                   optimize=level)
    try:
        exec(code, ns)
        print(level, ns["debug"], ns.get("__doc__"), ns["f"].__doc__)
    except AssertionError as e:
        print(level, "AssertionError:", e)

# Running one code object many times, each run in its own namespace.
code = compile("def double(v):\n    return v * 2\nresult = double(seed)", "<many>", "exec")
results = []
for seed in range(5):
    ns = {"seed": seed}
    exec(code, ns)
    results.append(ns["result"])
print(results)

# An annotation in 'single' mode makes the namespace's __annotations__.
ns = {}
exec(compile("q: int = 1", "<s>", "single"), ns)
print(ns["__annotations__"], ns["q"])
