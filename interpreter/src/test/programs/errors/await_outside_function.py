# await at module level is a SyntaxError.
print('never printed')


async def job():
    return 1

await job()
