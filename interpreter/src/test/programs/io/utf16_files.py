# Encodings that mark their files: the byte order mark is written once, at the start of the file,
# and read to choose the byte order.
import os
path = __file__ + '.tmp'


def put(data):
    with open(path, 'wb') as f:
        f.write(data)


def get():
    with open(path, 'rb') as f:
        return f.read()


def attempt(action):
    try:
        return action()
    except (UnicodeError, OSError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)


for encoding in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    with open(path, 'w', encoding=encoding) as f:
        print(encoding, f.tell(), f.write('h\xe9llo\n'), f.tell(), f.write('w\xf6rld\n'), f.tell())
    print(get())
    with open(path, 'a', encoding=encoding) as f:
        print('append at', f.tell())
        f.write('more')
    print(get())
    with open(path, encoding=encoding) as f:
        print(repr(f.readline()), f.tell(), repr(f.read()), f.tell())
    with open(path, 'r+', encoding=encoding) as f:
        f.seek(0, 2)
        f.write('!')
        f.seek(0)
        f.write('H')
    print(get())

print('-- the order comes from the mark')
put(b'\xfe\xff\x00a\x00b\x00\n\x00c')
with open(path, encoding='utf-16') as f:
    print(repr(f.read(1)), f.tell(), repr(f.readline()), f.tell(), repr(f.read()))
put(b'\xff\xfea\x00b\x00')
with open(path, encoding='utf-16') as f:
    print(repr(f.read()))
put(b'\xef\xbb\xbfsigned')
with open(path, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))

print('-- a file without a mark')
put(b'a\x00b\x00')
with open(path, encoding='utf-16') as f:
    print(attempt(f.read))
with open(path, encoding='utf-32') as f:
    print(attempt(f.read))
put(b'a\x00\x00\x00')
with open(path, encoding='utf-32') as f:
    print(attempt(f.read))
put(b'unsigned')
with open(path, encoding='utf-8-sig') as f:
    print(repr(f.read()))
put(b'\xef\xbb')
with open(path, encoding='utf-8-sig') as f:
    print(repr(f.read()))

print('-- bad units')
put(b'\xff\xfe\x00\xd8a\x00\x00\xdc')
for errors in ['strict', 'replace', 'surrogatepass', 'backslashreplace']:
    with open(path, encoding='utf-16', errors=errors) as f:
        print(errors, attempt(lambda: ascii(f.read())))
put(b'\xff\xfea')
with open(path, encoding='utf-16') as f:
    print(attempt(f.read))
with open(path, 'w', encoding='utf-16') as f:
    print(attempt(lambda: f.write('\ud800')))
    f.write('after')
print(get())
os.remove(path)
