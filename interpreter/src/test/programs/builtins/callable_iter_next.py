# callable, iter (including the two-argument form) and next.
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable('s'.upper))
it = iter([10, 20])
print(next(it), next(it), next(it, 'exhausted'))
values = [3, 2, 1, 0, 5]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)
print(iter(it) is it, list(iter('ab')), list(iter({'k': 1})))
try:
    iter(42)
except TypeError as e:
    print('TypeError', e)
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
