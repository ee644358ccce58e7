# Functions and classes defined by exec'd code: their globals are the exec dict.

ns = {"__name__": "made_up_module"}
exec('''
counter = 0

def bump(step=1):
    global counter
    counter += step
    return counter

class Widget:
    kind = "widget"
    def describe(self):
        return f"{self.kind} from {__name__}"

def make_adder(n):
    def add(v):
        return v + n
    return add

squares = [i * i for i in range(5)]
pairs = {k: v for k, v in zip("ab", (1, 2))}
gen_total = sum(i for i in range(4))
''', ns)

print(ns["bump"](), ns["bump"](5), ns["counter"])
print(ns["bump"].__globals__ is ns, ns["bump"].__module__, ns["bump"].__qualname__)
w = ns["Widget"]()
print(w.describe(), ns["Widget"].__module__, ns["Widget"].__qualname__)
print(ns["make_adder"](10)(5), ns["squares"], ns["pairs"], ns["gen_total"])

# A function defined with separate locals sees the globals, not the locals.
g, loc = {}, {}
exec("hidden = 1\ndef peek():\n    return hidden\n", g, loc)
try:
    loc["peek"]()
except NameError as e:
    print("NameError:", e)
g["hidden"] = "from globals"
print(loc["peek"]())

# Methods using super() and __class__ inside exec'd classes.
exec('''
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    def cls_name(self):
        return __class__.__name__
''', ns)
print(ns["Child"]().hello(), ns["Child"]().cls_name())

# Recursion inside exec'd code.
exec("def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nvalue = fact(10)", ns)
print(ns["value"])

# A class body running exec binds in the class namespace.
class Configured:
    exec("setting = 'on'")
    derived = setting + "!"
print(Configured.setting, Configured.derived)

# exec of a function's code object, and the closure argument.
def no_arguments():
    print("no_arguments ran in", __name__)
exec(no_arguments.__code__, {"__name__": "elsewhere", "print": print})

def outer():
    captured = "captured value"
    def inner():
        print("inner sees", captured)
    return inner
inner = outer()
exec(inner.__code__, {}, closure=inner.__closure__)
for bad in [None, (), (1,), [inner.__closure__[0]]]:
    try:
        exec(inner.__code__, {}, closure=bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec(no_arguments.__code__, {}, closure=inner.__closure__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval(inner.__code__)
except TypeError as e:
    print("TypeError:", e)
def needs_argument(a):
    return a
try:
    exec(needs_argument.__code__)
except TypeError as e:
    print("TypeError:", e)
