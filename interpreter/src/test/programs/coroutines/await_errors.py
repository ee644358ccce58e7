# The TypeErrors and RuntimeErrors of misused awaits, each caught and printed.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as e:
        print(' ', type(e).__name__ + ':', e)


async def value():
    return 'value'


def plain_generator():
    yield 1


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsInt:
    def __await__(self):
        return 7


class AwaitIsNone:
    __await__ = None


class AwaitRaises:
    def __await__(self):
        raise KeyError('raised by __await__')


class AwaitReturnsCoroutine:
    def __init__(self):
        self.coro = value()

    def __await__(self):
        return self.coro


for thing in (42, None, 'text', value, plain_generator(), AwaitReturnsList(), AwaitReturnsInt(),
              AwaitIsNone(), AwaitRaises()):
    async def awaits_it():
        return await thing
    print('await', type(thing).__name__)
    run(awaits_it())

wrapper = AwaitReturnsCoroutine()


async def awaits_wrapper():
    await wrapper


print('await AwaitReturnsCoroutine')
run(awaits_wrapper())
wrapper.coro.close()

print('iterating or calling next on a coroutine')
c = value()
for attempt in (lambda: next(c), lambda: iter(c), lambda: list(c), lambda: [x for x in c]):
    try:
        attempt()
    except TypeError as e:
        print('  TypeError:', e)
c.close()


pending = value()


def delegating_generator():
    yield from pending


print('yield from a coroutine inside a plain generator')
try:
    next(delegating_generator())
except TypeError as e:
    print('  TypeError:', e)
pending.close()
