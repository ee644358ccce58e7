# A with block around a yield: __exit__ runs when the generator finishes, fails or is closed.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f'enter {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}:', exc_type.__name__ if exc_type else None)
        return False


def reader(name, lines):
    with Resource(name) as resource:
        for line in lines:
            yield f'{resource.name}: {line}'


print(list(reader('full', ['a', 'b'])))

g = reader('closed', ['x', 'y', 'z'])
print(next(g))
g.close()

g = reader('thrown into', ['x', 'y'])
print(next(g))
try:
    g.throw(ValueError('bad'))
except ValueError as e:
    print('propagated', e)


class Suppressing(Resource):
    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        return exc_type is not None and issubclass(exc_type, LookupError)


def suppressed():
    with Suppressing('suppressing'):
        yield 1
        yield 2
    yield 'after with'


g = suppressed()
print(next(g))
print(g.throw(KeyError('swallowed')))

g = suppressed()
next(g)
g.close()
print('GeneratorExit is not a LookupError, so close still finishes')


def two_managers():
    with Resource('outer'), Resource('inner'):
        yield 'inside both'


g = two_managers()
next(g)
g.close()
