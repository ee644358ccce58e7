# Tuple assignment evaluates the right side fully first.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p, q)
i = 0
arr = [5, 6]
i, arr[i] = 1, 99
print(i, arr)
