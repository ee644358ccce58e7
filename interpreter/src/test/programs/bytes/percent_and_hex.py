# bytes % formatting, hex() and fromhex(), repr's quoting.
print(b'%s=%d' % (b'key', 42), b'%b|%5s|%-5s|' % (b'x', b'ab', bytearray(b'cd')), b'%.2s' % b'abcdef')
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%x %X %o %#x %08.3f %+d %e' % (255, 255, 8, 255, 3.14159, 5, 1e10))
print(b'%r %a' % ('h\xe9', b'x'), b'%(k)s and %(n)d' % {b'k': b'v', b'n': 3}, b'100%%' % (), b'%s' % (b'one',))
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%d') % 1).__name__, b'%5b|' % b'x', b'%*d|%-*d|' % (4, 1, 3, 2))
class Blob:
    def __bytes__(self):
        return b'<blob>'
print(b'[%s]' % Blob(), bytes(Blob()), b'%i %u' % (-3, 4), b'%d' % 3.9, b'%s' % memoryview_like if False else b'')
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('%c 256', lambda: b'%c' % 256)
attempt('%c ab', lambda: b'%c' % b'ab')
attempt('%c str', lambda: b'%c' % 'a')
attempt('%s str', lambda: b'%s' % 'x')
attempt('%s int', lambda: b'%s' % 1)
attempt('%d str', lambda: b'%d' % 'x')
attempt('%x float', lambda: b'%x' % 1.5)
attempt('not all', lambda: b'abc' % b'')
attempt('not all bytearray', lambda: b'abc' % bytearray(b''))
attempt('not enough', lambda: b'%s %s' % (b'a',))
attempt('str key', lambda: b'%(a)s' % {'a': b'x'})
attempt('needs mapping', lambda: b'%(a)s' % (1,))
attempt('bad char', lambda: b'%z' % 1)
attempt('incomplete', lambda: b'abc%' % ())
attempt('%y', lambda: b'%y' % 1)
print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), b'\x01\x02\x03'.hex(':'), b'\x01\x02\x03'.hex(':', 2), b'\x01\x02\x03'.hex('-', -2))
print(b'\x01\x02\x03\x04\x05'.hex(b' ', 2), bytearray(b'\xab\xcd').hex('_'), b'ab'.hex(':', 5))
print(bytes.fromhex(''), bytes.fromhex(' 0a0B \t ff\n'), bytes.fromhex('00 11 22'), bytearray.fromhex('dead beef'))
attempt('fromhex odd', lambda: bytes.fromhex('abc'))
attempt('fromhex space inside', lambda: bytes.fromhex('a bc'))
attempt('hex sep long', lambda: b'ab'.hex('::'))
attempt('hex sep non-ascii', lambda: b'ab'.hex('\xe9'))
attempt('hex sep int', lambda: b'ab'.hex(1))
for b in [b'', b"'", b'"', b'\'"', b'a\\b', b'\t\n\r\x0b\x7f\x80\xff', b'plain text', bytes([0, 31, 32, 126, 127])]:
    print(repr(b), ascii(b), str(b))
class Tag(bytes):
    pass
t = Tag(b'xy')
print(t, repr(t), type(t).__name__, t + b'z', type(t + b'z').__name__, t == b'xy', hash(t) == hash(b'xy'), t.upper())
print(bytes(t), type(bytes(t)).__name__, Tag.fromhex('41'), type(Tag.fromhex('41')).__name__, len({b'a', Tag(b'a')}))
