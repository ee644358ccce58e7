# any and all short-circuit.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('abc'), all(['', 'x']))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(map(check, [1, 3, 5])), checked)
checked.clear()
print(all(map(check, [3, 1, 5])), checked)
print(any([x % 7 == 0 for x in range(1, 10)]), all([isinstance(x, int) for x in [1, True]]))
