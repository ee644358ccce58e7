# Mixing defaults, keyword arguments and **kwargs forwarding.
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=10, *, c=100):
    return a + b + c
print(wrapper(1), wrapper(1, 2), wrapper(1, c=0), wrapper(a=5, b=5, c=5))
def options(**opts):
    return sorted(opts.items())
print(options(), options(z=1, a=2), options(**{'x': 1}, y=2))
def override(a, **kw):
    kw.setdefault('flag', False)
    return a, kw
print(override(1), override(2, flag=True, more=1))
