# tell() and seek() on text files: byte offsets where they land on a character, CPython's cookies
# where they do not, and every position tell() gives leads back to the same text.
import os
path = __file__ + '.tmp'


def put(data):
    with open(path, 'wb') as f:
        f.write(data)


def attempt(action):
    try:
        return action()
    except (OSError, ValueError, TypeError, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e)


def round_trip(label, step, **kwargs):
    """Records tell() after each step, then seeks back to each position and reads on."""
    with open(path, **kwargs) as f:
        marks = []
        while True:
            position = f.tell()
            piece = step(f)
            marks.append((position, piece))
            if not piece:
                break
        rest = {}
        for position, _ in marks:
            f.seek(position)
            rest[position] = f.read()
        ok = True
        for i in range(len(marks)):
            ok = ok and rest[marks[i][0]] == ''.join([piece for _, piece in marks[i:]])
        print(label, [p for p, _ in marks], ok)


put('h\xe9llo\nw\xf6rld \u20ac\n\U0001f600 end\r\nlast\rline'.encode('utf-8'))
round_trip('lines', lambda f: f.readline())
round_trip('chars', lambda f: f.read(1))
round_trip('chars raw newlines', lambda f: f.read(1), newline='')
round_trip('pairs \\n', lambda f: f.read(2), newline='\n')
round_trip('latin-1', lambda f: f.read(3), encoding='latin-1')

put(b'a\r\nb\rc\nd')
round_trip('crlf', lambda f: f.read(1))
round_trip('crlf lines', lambda f: f.readline())

put(b'a\xffb\xfe\xfdcd')
round_trip('backslashreplace', lambda f: f.read(2), errors='backslashreplace')
round_trip('replace', lambda f: f.read(1), errors='replace')
round_trip('ignore', lambda f: f.read(1), errors='ignore')
round_trip('surrogateescape', lambda f: f.read(1), errors='surrogateescape')

put('\ufeffx\xe9'.encode('utf-16-be'))
round_trip('utf-16 big-endian', lambda f: f.read(1), encoding='utf-16')

print('-- seek errors')
put(b'hello\nworld\n')
with open(path) as f:
    for args in [(1, 1), (-1, 2), (0, 3), (-1,), (1 << 200,), (0, 1.5), ('a',)]:
        print(args, attempt(lambda: f.seek(*args)))
    print(f.seek(0, 2), f.seek(0, 1), f.seek(3), f.read(2), f.seek(True), f.read(1), f.seek(2.7), f.read())
    print(f.seek(5 << 64), repr(f.read()))
    for line in f:
        print(attempt(f.tell))
    print(f.tell())
    f.seek(0)
    for line in f:
        break
    print(attempt(f.tell), f.readline(), attempt(f.tell))
    f.seek(0)
    print(f.readlines(3), attempt(f.tell))
f.close()
print(attempt(f.tell), attempt(lambda: f.seek(0)))

print('-- write after read writes where reading left the file')
put(b'hello\nworld\n')
with open(path, 'r+') as f:
    print(repr(f.read(1)), f.write('X'), f.tell())
with open(path) as f:
    print(repr(f.read()))
put(b'x' * 10000)
with open(path, 'r+') as f:
    f.read(1)
    f.write('Y')
    print(f.tell())
with open(path) as f:
    print(f.read().find('Y'))

print('-- truncate')
put(b'hello\nworld\n')
with open(path, 'r+') as f:
    f.read(2)
    print(f.truncate(), f.tell(), f.truncate(3), f.tell(), f.truncate(6), attempt(lambda: f.truncate(-1)))
with open(path, 'rb') as f:
    print(f.read())

print('-- newlines seen')
put(b'a\nb\r\nc\rd')
with open(path) as f:
    print(f.newlines, repr(f.read(1)), f.newlines, f.tell(), f.newlines)
    f.read()
    print(f.newlines)
with open(path, newline='') as f:
    f.readline()
    print(f.newlines)
with open(path, newline='\n') as f:
    f.read()
    print(f.newlines)
os.remove(path)
