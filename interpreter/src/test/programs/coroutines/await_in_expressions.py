# await as an operand: in arguments, both sides of operators, comparisons, f-strings,
# conditions, subscripts, return and yield positions; evaluation order stays left to right.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Value:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print('  await', repr(self.value))
        yield
        return self.value


def show(*args, **kwargs):
    return args, kwargs


async def expressions():
    print(show(await Value(1), await Value(2), key=await Value(3)))
    print(await Value(10) + await Value(5) * await Value(2))
    print(await Value(1) < await Value(2) < await Value(0))
    print(f'{await Value("f")}-{await Value(4) ** 2}')
    print((await Value(0)) or (await Value('fallback')), (await Value(0)) and (await Value('skipped')))
    table = {'k': 'from table'}
    print(table[await Value('k')])
    if await Value(True):
        print('if condition awaited')
    n = 0
    while await Value(n < 2):
        n += 1
    print('while ran', n, 'times')
    items = [await Value(x) for x in 'ab']
    items[await Value(0)] = await Value('replaced')
    print(items)
    print(-await Value(5), not await Value(''))
    print(await Value('then') if await Value(False) else await Value('else'))
    return await Value('returned')


print(run(expressions()))


async def awaits_in_lambda_result():
    make = lambda v: Value(v)
    return [await make('lambda-made'), await (lambda: Value('called'))()]


print(run(awaits_in_lambda_result()))
