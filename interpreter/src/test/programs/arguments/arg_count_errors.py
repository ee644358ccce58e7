# CPython's messages for wrong argument counts.
def f(a, b):
    return a + b
def g(a, b, c=1):
    pass
def h():
    pass
def k(a, *, b, c):
    pass
class C:
    def m(self, x):
        pass
calls = [lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: g(1), lambda: g(1, 2, 3, 4),
         lambda: h(1), lambda: k(1), lambda: k(1, b=2), lambda: C().m(), lambda: C().m(1, 2),
         lambda: f(1, 2, c=3), lambda: f(1, a=1), lambda: (lambda x: x)(), lambda: C.m(1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
