# An uncaught ZeroDivisionError ends the program with status 1.
print('computing')
def ratio(a, b):
    return a / b
print(ratio(1, 2))
print(ratio(1, 0))
print('not reached')
