# Comprehensions are functions: they capture enclosing variables.
def scaled(values, factor):
    return [v * factor for v in values]
print(scaled([1, 2, 3], 10))
def table(n):
    return {i: [i * j for j in range(1, n + 1)] for i in range(1, n + 1)}
print(table(3))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
x = 'outer'
print([x for x in 'ab'], x)
