# types.coroutine turns a generator function into a generator-based coroutine that async
# def code can await; its yields reach the trampoline, its return value is the await's result.
import types


def run(coro):
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        print('  trampoline got', request)
        reply = f'answer to {request}'


def sleep_original(label):
    answer = yield f'sleep {label}'
    return answer


sleep = types.coroutine(sleep_original)
print('same function object:', sleep is sleep_original, sleep.__name__)
print('CO_ITERABLE_COROUTINE flag:', bool(sleep.__code__.co_flags & 0x100))
g = sleep('x')
print('calling it still gives a', type(g).__name__)
g.close()


async def main():
    first = await sleep('a')
    second = await sleep('b')
    return [first, second]


print(run(main()))


async def compute(x):
    return await sleep(f'compute {x}') + '!'


@types.coroutine
def delegate_to_native(x):
    result = yield from compute(x)
    yield 'after the native coroutine'
    return result.upper()


async def uses_delegate():
    return await delegate_to_native(1)


print(run(uses_delegate()))


def plain_generator():
    yield 'plain'


async def awaits_plain():
    await plain_generator()


try:
    run(awaits_plain())
except TypeError as e:
    print('a plain generator is not awaitable:', e)

wrapped = types.coroutine(lambda: plain_generator())


async def awaits_wrapped():
    return await wrapped()


print('a function returning a generator, wrapped:', run(awaits_wrapped()))


async def native():
    return 'native'


print('an async def function comes back unchanged:', types.coroutine(native) is native)
try:
    types.coroutine(42)
except TypeError as e:
    print('TypeError', e)
