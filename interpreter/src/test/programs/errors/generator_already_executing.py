# A generator that calls next() on itself while it is running.
def recursive():
    yield 'first'
    yield next(g)


g = recursive()
print(next(g))
print(next(g))
