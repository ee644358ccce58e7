# StopIteration handled inside a generator is harmless; one leaking from a helper or a
# generator expression is still turned into RuntimeError.

def caught_inside():
    try:
        raise StopIteration('handled inside')
    except StopIteration as e:
        yield f'caught {e} inside the generator'
    yield 'continues normally'


print(list(caught_inside()))


def returns_instead():
    yield 1
    return 'proper way to stop'


g = returns_instead()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return gives StopIteration with value:', e.value)


def stopiteration_from_helper():
    def helper():
        raise StopIteration
    yield helper()


try:
    next(stopiteration_from_helper())
except RuntimeError as e:
    print('from a called helper too:', e, type(e.__cause__).__name__)


def genexp_leak():
    return (next(iter(())) for _ in range(1))


try:
    list(genexp_leak())
except RuntimeError as e:
    print('a generator expression too:', e)

other = iter([1])
print('an iterator ending normally inside a genexp is fine:', list(x for x in other))
