# Dropping a suspended generator closes it: its finally blocks and __exit__ run when CPython
# frees it. A for loop over a generator it made holds the only reference, so leaving the loop
# early frees it at once; one generator is left suspended at exit.
def gen(name):
    try:
        print(f'{name}: start')
        yield 1
        yield 2
    except GeneratorExit:
        print(f'{name}: GeneratorExit')
        raise
    finally:
        print(f'{name}: finally')


print('for loop with break')
for x in gen('loop'):
    print('got', x)
    break
print('after the loop')


def first_item():
    for x in gen('returned from'):
        return x


print('return from inside the loop ->', first_item())

print('exception out of the loop')
try:
    for x in gen('raised through'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

print('an unstarted generator has nothing to finalize')
g = gen('unstarted')
del g
print('after del of unstarted')

print('a finished generator has nothing to finalize')
g = gen('finished')
list(g)
del g


def with_resource():
    class Resource:
        def __enter__(self):
            print('resource acquired')

        def __exit__(self, *exc):
            print('resource released by', exc[0].__name__)

    with Resource():
        yield


print('leaving a loop over a generator suspended in a with block')
for _ in with_resource():
    break
print('after the loop')

print('a generator stored elsewhere is not closed by the loop')
kept = gen('kept')
for x in kept:
    break
print('kept goes on:', next(kept))


def counts():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print('left suspended at exit: finally runs at interpreter shutdown')


leftover = counts()
print('leftover yields', next(leftover), next(leftover))
print('end of program')
