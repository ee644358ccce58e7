# Bound builtin methods are builtin_function_or_method objects, with __self__, names and equality.
import types
a = []
print(type(a.append), type(len), type(dict.fromkeys), a.append.__self__ is a, a.append.__name__, a.append.__qualname__)
print(a.append == a.append, a.append == [].append, hash(a.append) == hash(a.append))
print(isinstance(a.append, types.BuiltinMethodType), isinstance(a.append, types.MethodType))
print(repr(dict.fromkeys)[:35], repr(a.append)[:35])
m = types.MethodType(len, [1])
print(m(), repr(m)[:20])
class C:
    def f(self): pass
print(repr(C().f)[:20], a.append.__module__, len.__module__)
f = a.append; f(3); print(a)
print(str.upper.__qualname__, repr(str.upper))
import math
print(math.sqrt.__module__, len.__module__, [].append.__module__, math.sqrt.__qualname__)
def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
for g in (lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(**1), lambda: f(*1), lambda: C().m(**1), lambda: C(**1),
          lambda: print(**1), lambda: math.sqrt(**1), lambda: [].append(*1), lambda: (lambda: 0)(**1)):
    try:
        g()
    except TypeError as e:
        print(e)
