# await inside a lambda is a SyntaxError: a lambda is never async.
print('never printed')


async def outer(coro):
    f = lambda: await coro
    return f
