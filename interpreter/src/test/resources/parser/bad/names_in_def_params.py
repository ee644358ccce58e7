def func(x x, d):
    pass
