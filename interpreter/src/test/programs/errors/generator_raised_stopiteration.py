# PEP 479: StopIteration raised inside a generator body surfaces as RuntimeError.
def leaky(items):
    it = iter(items)
    while True:
        yield next(it)


for value in leaky([1, 2]):
    print(value)
print('never printed')
