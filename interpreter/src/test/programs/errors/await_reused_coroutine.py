# Awaiting a coroutine that was already awaited.
async def job():
    return 'job result'


async def main():
    c = job()
    print(await c)
    print(await c)


main().send(None)
