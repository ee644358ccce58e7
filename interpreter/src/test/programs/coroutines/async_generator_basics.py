# async def with yield makes an async generator: async for drives it, __anext__() and
# asend() return awaitables, and it ends with StopAsyncIteration.
def run(coro):
    try:
        while True:
            print('  (trampoline got', coro.send(None) + ')')
    except StopIteration as stop:
        return stop.value


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def ticker(limit):
    for i in range(limit):
        await Tick(f'before {i}')
        yield i
    print('  ticker finished')


async def collect():
    return [value async for value in ticker(2)]


print(run(collect()))


async def by_hand():
    agen = ticker(2)
    print('  aiter(agen) is agen:', aiter(agen) is agen, agen.__aiter__() is agen)
    first = await agen.__anext__()
    second = await anext(agen)
    try:
        await agen.__anext__()
    except StopAsyncIteration as e:
        print('  StopAsyncIteration', e.args)
    print('  anext with a default:', await anext(agen, 'default'))
    return first, second


print(run(by_hand()))


async def running_total():
    total = 0
    while True:
        received = yield total
        if received is None:
            return
        total += received


async def drive_asend():
    agen = running_total()
    print('  start:', await agen.asend(None))
    for amount in (5, 10, -2):
        print('  after', amount, '->', await agen.asend(amount))
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        print('  the bare return ended it with StopAsyncIteration')
    return 'asend done'


print(run(drive_asend()))


async def nested_source():
    async for i in ticker(2):
        yield i * 100
    yield 'tail'


async def use_nested():
    out = []
    async for v in nested_source():
        out.append(v)
    return out


print(run(use_nested()))
