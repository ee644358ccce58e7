@property
@functools.wraps(f)
@a.b.c
@a[0]
@a()()
@x := y
def f(): pass
async def main():
    async with lock:
        await asyncio.sleep(0)
    async for item in aiter():
        print(item)
    result = await asyncio.gather(*tasks)
    return await x
async def g():
    await (await x)
    x = [await y for y in z]
    async with a as (b, c):
        pass
