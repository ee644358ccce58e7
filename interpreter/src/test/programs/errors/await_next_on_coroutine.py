# next() on a coroutine: coroutines are not iterators.
async def job():
    return 1


c = job()
print(type(c).__name__)
try:
    next(c)
finally:
    c.close()
