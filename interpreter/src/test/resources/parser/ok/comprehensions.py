[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x, y in z]
[x for x, in y]
[x for *x, y in z]
{x for x in y}
{x: y for x, y in z}
{x: y for x in a for y in b}
(x for x in y)
(x for x in y if x)
list(x for x in y)
sum(x * 2 for x in range(10))
[[x for x in y] for y in z]
[x for x in [y for y in z]]
[x for x in (lambda: y)()]
[x for x in y if (z := x)]
[(z := x) for x in y]
[x for x in y if x or z and not w]
[x.a for x.a in y]
async def f():
    [x async for x in y]
    [x async for x in y if await x]
    {x async for x in y}
    {x: y async for x, y in z}
    (x async for x in y)
    [await x for x in y]
    [x for x in y async for z in w]
    return [x async for x in y]
