# StopIteration from next(), and next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration('finished')
        self.done = True
        return 'only'
o = Once()
print(list(o), list(o))
