# Keyword-only parameters.
def connect(host, *, port=80, secure):
    return f'{host}:{port} secure={secure}'
print(connect('a', secure=True), connect('b', port=8080, secure=False))
try:
    connect('a', 443, True)
except TypeError as e:
    print('TypeError', e)
try:
    connect('a')
except TypeError as e:
    print('TypeError', e)
def after_args(*items, sep=', '):
    return sep.join([str(i) for i in items])
print(after_args(1, 2, 3), after_args(1, 2, sep='-'))
def only_kw(*, a, b):
    return a - b
print(only_kw(b=1, a=10))
try:
    only_kw(1, 2)
except TypeError as e:
    print('TypeError', e)
