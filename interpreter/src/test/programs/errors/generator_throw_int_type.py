# throw() of the class int, which does not derive from BaseException.
def gen():
    yield 1


g = gen()
print(next(g))
g.throw(int)
