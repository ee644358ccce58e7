async def f():
  async with x:
  x
