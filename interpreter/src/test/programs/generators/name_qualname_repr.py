# A generator's __name__ and __qualname__ come from its function and can be reassigned;
# its repr names the qualified name (the address is cut off here).
def top_level():
    yield


class Holder:
    def method(self):
        yield

    @staticmethod
    def static():
        yield

    class Nested:
        def deep(self):
            yield


def factory():
    def local_gen():
        yield
    return local_gen()


def short(g):
    return repr(g).split(' at 0x')[0]


for g in (top_level(), Holder().method(), Holder.static(), Holder.Nested().deep(), factory(),
          (x for x in ()), (lambda: (yield))()):
    print(g.__name__, '|', g.__qualname__, '|', short(g))

g = top_level()
g.__name__ = 'renamed'
g.__qualname__ = 'Some.renamed'
print(g.__name__, g.__qualname__, short(g))
print('the function keeps its names:', top_level.__name__, top_level.__qualname__)
print('the code keeps its name:', g.gi_code.co_name)

top_level.__qualname__ = 'changed_on_function'
print('a new generator takes the function qualname at creation:', top_level().__qualname__)

for bad in (None, 42):
    for attribute in ('__name__', '__qualname__'):
        try:
            setattr(g, attribute, bad)
        except TypeError as e:
            print(attribute, '=', repr(bad), '->', 'TypeError:', e)

try:
    del g.__name__
except TypeError as e:
    print('del __name__ -> TypeError:', e)

print(str(g) == repr(g))
print(short(g).startswith('<generator object'))
