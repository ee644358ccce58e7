# exec() and locals() inside functions and class bodies, as CPython 3.11 does them: a function
# runs exec'd code against its locals dict, which does not write back to its variables.

def rebinding():
    a = 1
    exec("a = 2; b = 3")
    # a keeps its value; b is in the frame's locals dict, which locals() returns again.
    print(a, "b" in locals(), locals().get("b"))
    snapshot = locals()
    exec("c = 5")
    print(sorted(locals()), snapshot is locals())
rebinding()

def reading_locals():
    here = "function local"
    exec("seen = here")
    return locals()["seen"]
print(reading_locals())

def unbound_removed():
    value = 1
    first = locals()
    del value
    second = locals()
    return "value" in second, first is second
print(unbound_removed())

def with_explicit_dicts():
    mine = "not visible"
    ns = {}
    try:
        exec("found = mine", {}, ns)
    except NameError as e:
        print("NameError:", e)
    exec("found = 'ok'", {}, ns)
    return ns
print(with_explicit_dicts())

# globals() inside exec'd code is the exec globals; locals() its locals.
g, loc = {"tag": "G"}, {"tag": "L"}
exec("got_globals = globals()['tag']\ngot_locals = locals()['tag']\nsame = locals() is globals()", g, loc)
print(loc["got_globals"], loc["got_locals"], loc["same"])
exec("same = locals() is globals()", g)
print(g["same"])

# A custom mapping as locals: reads and writes go through its methods.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)

class Mapping:
    def __init__(self):
        self.data = {"start": 1}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]

m = Mapping()
exec("nxt = start + 1\ndel start\nlen", {}, m)
print(m.data, m.log)

# In a class body exec binds into the class namespace, and locals() is that namespace.
class Body:
    exec("attr = 1")
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.attr, Body.names)

# Module level: exec without dicts binds module globals.
exec("module_level = 'set by exec'")
print(module_level, globals()["module_level"])
