def f(): pass
def f(a): return a
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a, b, /): pass
def f(a=1, /, b=2, *, c=3): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(a: int, b: str = "x", *args: tuple, c: float, **kwargs: dict) -> None: pass
def f(a,): pass
def f(*args, **kwargs,): pass
def f(*args: *Ts): pass
async def f(): await x
async def f():
    async for x in y:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]
@decorator
def f(): pass
@decorator.attr
@decorator(1, 2)
@x[0].y
@(lambda f: f)
@a if b else c
def f():
    """docstring"""
    return
@dec
async def f(): pass
def outer():
    def inner():
        nonlocal x
        global y
    x = 1
    return inner
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = (yield)
async def agen():
    yield 1
    await something()
    async with a: pass
def f(a, b):
    return a, b
def f():
    return *a, *b
lambda: 0
lambda x: x
lambda x, y=1: x
lambda *args, **kwargs: 0
lambda *, a: a
lambda a, /, b: 0
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda: (yield)
x = lambda: lambda: 1
