# await inside a plain def is a SyntaxError, even when the def is nested in an async def.
print('never printed')


async def outer():
    def inner():
        return await outer()
    return inner
