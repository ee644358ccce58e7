# Container displays.
print([], [1, 2, 3], [[1], [2, [3]]])
print((), (1,), (1, 2), ((1, 2), 3))
print({}, {'a': 1, 'b': [2]}, {1: 'one', 2.5: 'x', (1, 2): 'tuple'})
print({1, 2, 3}, set(), {(1, 2)})
print([1, 'two', 3.0, None, True])
print([1, 2,], (1, 2,), {'k': 'v',})
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__)
