# List comprehensions with filters and nested loops.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in 'hello' if c not in 'aeiou'])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x if x % 2 else -x for x in range(6)])
words = ['apple', 'Bob', 'cat', 'Dave']
print([w for w in words if w[0].isupper()], [len(w) for w in words])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row], [row[::-1] for row in matrix])
print([x for x in []], [i for i in 'ab' for _ in range(2)])
