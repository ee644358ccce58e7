# yield inside an asynchronous comprehension is a SyntaxError.
print('never printed')


async def agen(source):
    return [(yield x) async for x in source]
