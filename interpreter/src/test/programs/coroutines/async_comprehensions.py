# Async comprehensions: async for in list, set, dict and generator forms, and await inside
# comprehensions (over plain iterables) in an async function.
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


async def numbers(n):
    for i in range(n):
        await Tick(f'n{i}')
        yield i


async def double(x):
    await Tick(f'double {x}')
    return x * 2


async def comprehensions():
    print('  list', [i * 10 async for i in numbers(3)])
    print('  set', sorted({i % 2 async for i in numbers(3)}))
    print('  dict', {i: str(i) async for i in numbers(2)})
    print('  filtered', [i async for i in numbers(4) if i % 2])
    print('  await in element', [await double(x) for x in range(2)])
    print('  await in condition', [x for x in 'ab' if await double(1) == 2])
    print('  await and async for', [await double(i) async for i in numbers(2)])
    print('  nested', [(a, b) async for a in numbers(2) for b in 'xy'])
    print('  set of awaits', {await double(1), await double(1)})
    print('  dict of awaits', {k: await double(v) for k, v in [('a', 5)]})
    return 'comprehensions done'


print(run(comprehensions()))


async def async_genexp():
    gen = (i + 100 async for i in numbers(2))
    print('  an async genexp is an', type(gen).__name__)
    values = []
    async for v in gen:
        values.append(v)
    awaiting_gen = (await double(x) for x in [7])
    print('  await inside a genexp also makes an', type(awaiting_gen).__name__)
    values.append([v async for v in awaiting_gen])
    return values


print(run(async_genexp()))


async def scoping():
    i = 'outer i'
    squares = [i * i async for i in numbers(3)]
    return squares, i


print(run(scoping()))
