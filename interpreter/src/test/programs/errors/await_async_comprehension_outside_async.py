# An asynchronous comprehension outside an async function is a SyntaxError.
print('never printed')


def collect(source):
    return [x async for x in source]
