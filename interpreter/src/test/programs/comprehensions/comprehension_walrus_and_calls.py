# Calls and conditional expressions inside comprehensions.
def expensive(n):
    return n * n - 10
print([y for n in range(6) if (y := expensive(n)) > 0])
print(sorted([w.lower() for w in 'The Quick brown THE quick'.split()]))
print(sum([i for i in range(101) if i % 2 == 0]), max([len(s) for s in ['a', 'abc', 'ab']]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print([[c for c in w] for w in ['ab', 'cd']])
print(dict([(str(i), i) for i in range(3)]))
