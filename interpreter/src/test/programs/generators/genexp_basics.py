# Generator expressions are lazy, single-pass generator objects.
def noisy(values):
    for v in values:
        print('  producing', v)
        yield v


squares = (x * x for x in noisy([1, 2, 3]))
print('genexp created:', type(squares).__name__, squares.__name__)
print('first', next(squares))
print('rest', list(squares))
print('again', list(squares))

evens = (n for n in range(10) if n % 2 == 0)
print(sum(evens))

pairs = ((a, b) for a in 'xy' for b in (1, 2) if (a, b) != ('y', 1))
print(list(pairs))

print(sum(x for x in range(5)))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
print(''.join(c.upper() for c in 'abc' if c != 'b'))

nested = ((i, (j for j in range(i))) for i in range(3))
for i, inner in nested:
    print(i, list(inner))

factor = 10
scaled = (x * factor for x in range(3))
factor = 100
print('uses the late value of factor:', list(scaled))

g = (x for x in [1])
print(iter(g) is g, g.gi_frame is not None)
print(next(g))
print(next(g, 'done'), g.gi_frame)

g = (y for y in range(3))
print(g.send(None))
try:
    print('send into a genexp is ignored:', g.send('ignored'))
    print(next(g))
except StopIteration:
    print('unexpected')
g.close()
print(list(g))

conditional = (x for x in noisy(range(4)) if x % 2)
print('before consuming')
for value in conditional:
    print('got', value)
