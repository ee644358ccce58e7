# list() from various iterables.
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list({'x': 9}.values()), list(b'AB'))
print(sorted(list({3, 1, 2})), list(map(abs, [-1, -2])), list(zip('ab', 'cd')))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
