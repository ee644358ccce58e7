# `x = yield y`: the value of a yield expression is what send() passes in (None for next()).
def accumulator():
    total = 0
    while True:
        received = yield total
        print('received', received)
        if received is None:
            continue
        total += received


acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))


def echo():
    value = yield
    while True:
        value = yield value * 2


e = echo()
print(next(e))
print(e.send(4))
print(e.send('ab'))
print(e.send([1]))


def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        term = yield average
        if term == 'stop':
            return average
        total += term
        count += 1
        average = total / count


a = averager()
next(a)
for term in (10, 20, 30, 40):
    print('average', a.send(term))
try:
    a.send('stop')
except StopIteration as stop:
    print('final average', stop.value)


def bare_yield_value():
    got = yield
    print('bare yield got', got)
    got = (yield)
    print('parenthesised got', got)


b = bare_yield_value()
b.send(None)
b.send('first')
try:
    b.send('second')
except StopIteration:
    print('finished')
