# Lists are references: aliasing, copies and nesting.
a = [1, [2, 3]]
b = a
c = a[:]
c2 = list(a)
a[0] = 'changed'
a[1].append(4)
print(a, b, c, c2)
print(a is b, a is c, a[1] is c[1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = [[row[i] for row in m] for i in range(3)]
print(t)
print([x for row in m for x in row])
cycle = [1]
cycle.append(cycle)
print(cycle)
