# close() on a generator that catches GeneratorExit and yields again.
def stubborn():
    try:
        yield 'still here'
    except GeneratorExit:
        print('caught GeneratorExit, yielding anyway')
        yield 'once more'


g = stubborn()
print(next(g))
g.close()
print('never printed')
