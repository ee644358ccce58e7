# An async def function returns a coroutine object; its body runs only when the coroutine is
# driven, here by a tiny trampoline that sends None until StopIteration.
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


async def add(a, b):
    print(f'add({a}, {b}) running')
    return a + b


c = add(1, 2)
print('created', type(c).__name__, '| body not run yet')
print('result', run(c))

print(type(add).__name__, '| close() on an unstarted coroutine returns', add(0, 0).close())


async def no_return():
    print('no_return body')


print('implicit return value:', run(no_return()))


async def outer():
    x = await add(10, 20)
    y = await add(x, 5)
    return [x, y]


print('outer result', run(outer()))

c = add(3, 4)
try:
    c.send(None)
except StopIteration as stop:
    print('StopIteration value', stop.value, 'args', stop.args)


async def with_defaults(a, *rest, scale=2, **named):
    return a * scale, rest, sorted(named)


print(run(with_defaults(5)))
print(run(with_defaults(1, 2, 3, scale=10, z=0, y=0)))


class Service:
    async def method(self, value):
        return f'method got {value}'

    @staticmethod
    async def static():
        return 'static'

    @classmethod
    async def klass(cls):
        return cls.__name__


s = Service()
print(run(s.method(7)), run(Service.static()), run(Service.klass()))

lambda_coro = (lambda: add(100, 1))()
print('a lambda returning a coroutine:', run(lambda_coro))
