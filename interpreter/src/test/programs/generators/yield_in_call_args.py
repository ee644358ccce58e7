# yield in argument lists, displays and assignment targets; evaluation order is left to right.
def show(*args):
    print('show called with', args)
    return args


def call_args():
    result = show((yield 1), (yield 2))
    yield result


g = call_args()
print(next(g))
print(g.send('A'))
print(g.send('B'))


def in_list():
    items = [(yield), (yield 'second')]
    yield items


g = in_list()
print(next(g))
print(g.send('x'))
print(g.send('y'))


def subscript_store():
    a = [0, 0, 0]
    i = 1
    a[i] = yield 'ready'
    a[(yield 'index?')] = 'by yielded index'
    yield a


g = subscript_store()
print(next(g))
print(g.send('stored'))
print(g.send(2))


def augmented():
    d = {'k': 10}
    d['k'] += yield d['k']
    d['k'] *= yield d['k']
    yield d


g = augmented()
print(next(g))
print(g.send(5))
print(g.send(3))
