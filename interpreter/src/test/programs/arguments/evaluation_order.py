# Arguments are evaluated left to right, before the call.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), *[v(3)], k=v(4), **{'z': v(5)}))
print(log)
log.clear()
d = {v('key'): v('value')}
print(log)
log.clear()
x = [v(1), v(2)][v(0)]
print(x, log)
