# Subclasses of bytes, bytearray and str: attributes, constructors, methods and reprs.
class Tag(bytes):
    def shout(self):
        return self.upper()
t = Tag(b'xy')
t.attr = 1
print(t.attr, t.shout(), vars(t), Tag(3), Tag([65, 66]), Tag('é', 'utf-8'))
class Buf(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = 'n'
b = Buf(b'ab')
b.extra = 2
print(b, b.note, b.extra, Buf(2), Buf([1]), len(Buf()))
class S(str):
    pass
s = S('x')
s.k = 'v'
print(s.k, S(b'ab', 'ascii'), S(), repr(S('q')))
print(type(t + b'z').__name__, type(t[0:1]).__name__, type(b[0:1]).__name__, isinstance(b, bytearray), t == b'xy')
print(Tag.fromhex('4142'), type(Buf.fromhex('41')).__name__, Buf(b'x') + b'y', type(Buf(b'x') + b'y').__name__)
