return
def f(x, x): pass
