# A for loop over a coroutine: coroutines are not iterable.
async def job():
    return 1


c = job()
try:
    for item in c:
        print(item)
finally:
    c.close()
