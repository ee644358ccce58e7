# await on an int.
async def main():
    print('awaiting an int')
    await 42


main().send(None)
