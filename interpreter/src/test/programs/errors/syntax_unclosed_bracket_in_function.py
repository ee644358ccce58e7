# An unclosed bracket inside a function body.
def f():
    x = [1, 2
    return x
