# Default repr/str of instances and classes; print only the stable parts.
class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'), str(p) == r)
print(repr(Plain), str(Plain), repr(int), repr(object))
class WithStr:
    def __str__(self):
        return 'custom str'
w = WithStr()
print(str(w), repr(w).startswith('<__main__.WithStr object at '), f'{w}', [w][0] is w)
class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
print(str(WithRepr()), [WithRepr()], {'k': WithRepr()})
print(repr(len), repr(print), repr(None.__class__))
