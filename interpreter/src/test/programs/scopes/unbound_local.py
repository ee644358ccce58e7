# Assignment anywhere in a function makes the name local everywhere in it.
x = 'global'
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    x = 'local'
    return x
print(f())
def g():
    if False:
        y = 1
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(g())
def h():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return type(e).__name__
print(h())
print(issubclass(UnboundLocalError, NameError))
