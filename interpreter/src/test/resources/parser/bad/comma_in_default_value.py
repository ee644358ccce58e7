def f(errors='strict'x, mode=0):
    pass
