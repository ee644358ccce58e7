# Defining and calling functions; return values.
def add(a, b):
    return a + b
def no_return():
    x = 1
def early(n):
    if n < 0:
        return 'negative'
    return
print(add(2, 3), add('a', 'b'), add([1], [2]))
print(no_return(), early(-1), early(1))
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
print(add.__name__, type(add).__name__, callable(add))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
