# Class scope is not enclosing for methods or comprehensions.
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    squares = [i * i for i in range(3)]
    z = [x for _ in range(1)]
print(C.y, C().method(), C.squares, C.z)
def f():
    v = 'function v'
    class D:
        v = 'class v'
        def m(self):
            return v
        w = v
    return D().m(), D.w
print(f())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
