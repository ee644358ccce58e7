# Comprehension variables do not leak; the first iterable is evaluated outside.
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
def f():
    n = 3
    return [n * k for k in range(n)]
print(f())
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
x = 10
print({x: x + 1 for x in range(2)}, x)
print([[row * col for col in range(3)] for row in range(3)])
