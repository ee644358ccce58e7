# Tuples as dict keys and set members.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid[2, 0], (1, 1) in grid, len(grid))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
