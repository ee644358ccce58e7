# __await__ must return an iterator.
class Awaitable:
    def __await__(self):
        return 'not an iterator'


async def main():
    await Awaitable()


main().send(None)
