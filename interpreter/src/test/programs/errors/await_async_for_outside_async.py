# async for outside an async function is a SyntaxError.
print('never printed')


def consume(source):
    async for item in source:
        print(item)
