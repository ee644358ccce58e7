# yield in keyword and starred arguments, dict displays and tuple displays.

def show_keywords(*args, **kwargs):
    print('show_keywords called with', args, kwargs)
    return args, kwargs


def keyword_and_star():
    # CPython evaluates the starred positional argument before the keyword argument.
    r = show_keywords(first=(yield 'kw'), *[(yield 'star')])
    yield r


g = keyword_and_star()
print(next(g))
print(g.send('S'))
print(g.send('K'))


def dict_and_tuple():
    d = {(yield 'key'): (yield 'value')}
    t = (yield 't1'), (yield 't2')
    yield d, t


g = dict_and_tuple()
print(next(g))
print(g.send('K'))
print(g.send('V'))
print(g.send(1))
print(g.send(2))
