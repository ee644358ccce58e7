# async with outside an async function is a SyntaxError.
print('never printed')


def use(manager):
    async with manager:
        pass
