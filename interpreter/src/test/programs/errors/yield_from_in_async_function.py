# yield from is not allowed inside an async function.
print('never printed')


async def coro():
    yield from [1, 2]
