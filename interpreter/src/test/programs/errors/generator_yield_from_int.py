# yield from needs an iterable.
def gen():
    yield 'before'
    yield from 42


for item in gen():
    print(item)
