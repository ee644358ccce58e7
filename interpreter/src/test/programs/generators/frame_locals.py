# gi_frame.f_locals and cr_frame.f_locals: the local variables of a suspended (or not yet
# started) generator or coroutine, as they are at that moment.
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = gen(5)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
async def co(x):
    y = x + 1
    return y
c = co(1)
print(c.cr_frame.f_locals)
c.close()
