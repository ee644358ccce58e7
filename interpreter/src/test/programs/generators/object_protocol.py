# The generator object as an iterator: __next__, next() with a default, iter(g) is g,
# __iter__, its type and its methods.
def letters():
    yield 'a'
    yield 'b'


g = letters()
print(type(g).__name__)
print(iter(g) is g, g.__iter__() is g)
print(g.__next__())
print(next(g, 'default'))
print(next(g, 'default'))
print(next(g, None))
try:
    g.__next__()
except StopIteration as e:
    print('StopIteration from __next__', e.args)

generator_type = type(letters())
print(generator_type.__name__, generator_type.__qualname__, generator_type.__module__)
print(isinstance(letters(), generator_type), isinstance(iter([]), generator_type))
print([name for name in ('__next__', '__iter__', 'send', 'throw', 'close') if hasattr(g, name)])
print(type(letters) is type(lambda: None))

try:
    generator_type()
except TypeError as e:
    print('TypeError', e)

g = letters()
bound_next = g.__next__
print(bound_next(), bound_next())
print(list(map(str.upper, letters())))

g1, g2 = letters(), letters()
print('independent objects:', next(g1), next(g1), next(g2))
print(g1 == g1, g1 == g2, g1 != g2)
print(bool(letters()))

table = {letters(): 'generators are hashable'}
print(list(table.values()))

g = letters()
for item in g:
    print('loop item', item)
    break
print('the loop left the generator suspended:', next(g))
