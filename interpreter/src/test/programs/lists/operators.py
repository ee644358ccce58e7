# List concatenation, repetition, comparison and membership.
a, b = [1, 2], [3]
print(a + b, a * 2, 0 * a, [None] * 3, a == [1, 2], a is not [1, 2])
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
print(2 in a, 5 not in a, [1] in [[1], [2]])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
try:
    a + (3,)
except TypeError as e:
    print('TypeError', e)
