# await inside a comprehension of a plain function is a SyntaxError.
print('never printed')


def collect(coros):
    return [await c for c in coros]
