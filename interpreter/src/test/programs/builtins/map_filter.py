# map and filter are lazy iterators.
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])), list(map(len, ['', 'ab'])))
print(list(filter(None, [0, 1, '', 'x', None, []])), list(filter(str.isdigit, 'a1b2')))
calls = []
def track(x):
    calls.append(x)
    return x * 2
m = map(track, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(map(lambda a, b: a + b, 'abc', 'xy')))
f = filter(lambda n: n > 1, [1, 2, 3])
print(iter(f) is f, list(f), list(f))
