# id() is stable for an object's lifetime and distinct between live objects.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(type(id(a)).__name__, id(a) >= 0)
x = None
print(x is None, id(None) == id(x), True is (1 == 1))
objs = [object() for _ in range(5)]
print(len(set([id(o) for o in objs])))
