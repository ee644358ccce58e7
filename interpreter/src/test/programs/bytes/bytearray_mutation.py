# bytearray as a mutable sequence: item and slice assignment, deletion and the list-like methods.
ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = ord('F')
print(ba, ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[1:3] = b'XYZ'
print(ba, len(ba))
ba[1:4] = [1, 2]
print(ba)
ba[::2] = b'\x00\x00\x00'
print(ba)
ba[2:2] = bytearray(b'--')
print(ba)
ba[:] = ba
print(ba)
del ba[0]
del ba[-2:]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' ab')
ba.extend([99, 100])
ba.extend(bytearray(b'!'))
ba.insert(0, 62)
ba.insert(-1, 95)
ba.insert(100, 60)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba, ba.count(b'l'), ba.find(b'ab'), ba.index(32), 108 in ba, b'lo' in ba)
ba.reverse()
print(ba)
c = ba.copy()
c[0] = 48
print(ba, c, ba == c, ba is c)
ba.clear()
print(ba, len(ba), bool(ba))
ba += b'xy'
ba += bytearray(b'z')
print(ba)
ba *= 3
print(ba)
x = bytearray(b'ab')
y = x
x += b'c'
print(x is y, y)
for b in bytearray(b'\x00\x7f\xff'):
    print(b, end=' ')
print()
it = bytearray(b'abc')
seen = ''
for b in it:
    seen += str(b) + ' '
    if b == 97:
        it.extend(b'd')
print(seen, it)
print(bytearray(b'abc') + b'de', b'de' + bytearray(b'abc'), bytearray(b'ab') * 2, 2 * bytearray(b'xy'))
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b', bytearray(b'b') >= bytearray(b'a'))
print(bytearray(b'Hello World').upper(), bytearray(b'a,b').split(b','), bytearray(b'  x ').strip(), bytearray(b'abc').hex())
print(bytearray.fromhex('ff 00'), bytearray(b'x').center(5, b'-'), bytearray(b'a b').replace(b' ', b'_'))
print(repr(bytearray()), repr(bytearray(b"'")), repr(bytearray(b'"\'')), bytearray(range(3)) if False else bytearray(3))
class Buffer(bytearray):
    pass
buf = Buffer(b'data')
buf.append(33)
print(buf, repr(buf), type(buf).__name__, len(buf), buf.upper(), type(buf.upper()).__name__, isinstance(buf, bytearray))
def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)
b2 = bytearray(b'abc')
attempt('set 256', lambda: b2.__setitem__(0, 256))
attempt('set str', lambda: b2.__setitem__(0, 'a'))
attempt('set out of range', lambda: b2.__setitem__(9, 1))
def assign_str():
    b2[0:1] = 'a'
def assign_int():
    b2[0:1] = 5
def assign_extended():
    b2[0:3:2] = b'xyz'
attempt('slice str', assign_str)
attempt('slice int', assign_int)
attempt('extended size', assign_extended)
attempt('del out of range', lambda: b2.__delitem__(5))
attempt('set float index', lambda: b2.__setitem__(1.5, 1))
attempt('iadd str', lambda: b2.__iadd__('x'))
attempt('hash', lambda: hash(b2))
print(b2)
print(ord(bytearray(b'a')), ord(b'\xff'), ord(Buffer(b'z')), int(b'12'), float(b'2.5'))
e = bytearray(b'abcdefgh')
e[5:2:-1] = b''
print(e)
e[::2] = []
print(e)
e[1:1] = (1, 2)
e[10:] = b'end'
e[-100:1] = b'<'
print(e)
del e[::-3]
print(e)
