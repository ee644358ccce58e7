# A name both global and parameter.
def f(a):
    global a
