# throw() of an int instance: only exception classes and instances can be thrown.
def gen():
    yield 1


g = gen()
print(next(g))
g.throw(1)
