# Every error handler on text files, reading and writing, with CPython's messages and positions.
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
        return repr(action())
    except (UnicodeError, LookupError, TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)


def read_with(encoding, errors, how):
    with open(path, encoding=encoding, errors=errors) as f:
        return how(f)


handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
            'xmlcharrefreplace', 'namereplace', 'no-such-handler']

print('-- reading bad UTF-8 with each handler')
put(b'ok \xe9t\xc3\xa9 \xed\xa0\x80 \xf0\x9f\x98 end\xff')
for errors in handlers:
    print(errors, attempt(lambda: read_with('utf-8', errors, lambda f: f.read())))
    print(errors, 'lines', attempt(lambda: read_with('utf-8', errors, lambda f: f.readlines())))

print('-- reading ASCII and Latin-1')
put(b'caf\xe9 \x80\n')
for errors in handlers:
    print('ascii', errors, attempt(lambda: read_with('ascii', errors, lambda f: f.read())))
print('latin-1', attempt(lambda: read_with('latin-1', None, lambda f: f.read())))
print('cp1252', attempt(lambda: read_with('cp1252', None, lambda f: f.read())))
put(b'\x81\x8d')
print('cp1252 undefined', attempt(lambda: read_with('cp1252', 'strict', lambda f: f.read())))

print('-- writing with each handler')
text = 'caf\xe9 \u20ac \U0001f600 \udcff \ud800 end'
for encoding in ['ascii', 'latin-1', 'utf-8', 'cp1252']:
    for errors in handlers:
        def write():
            with open(path, 'w', encoding=encoding, errors=errors) as f:
                f.write('start ')
                f.write(text)
            return get()
        print(encoding, errors, attempt(write))

print('-- an unknown handler is only looked up when an error needs it')
with open(path, 'w', encoding='ascii', errors='no-such-handler') as f:
    print(f.errors, f.write('fine'))
    print(attempt(lambda: f.write('fin\xe9')))
print(get())
put(b'plain')
print(attempt(lambda: read_with('utf-8', 'no-such-handler', lambda f: f.read())))

print('-- positions count in each write, after newline translation')
with open(path, 'w', encoding='ascii', newline='\r\n') as f:
    f.write('abc\n')
    print(attempt(lambda: f.write('\n\n\xe9')))
print(get())

print('-- surrogateescape round trip')
put(b'bytes \xff\xfe\x80 kept')
with open(path, encoding='utf-8', errors='surrogateescape') as f:
    kept = f.read()
print(ascii(kept))
with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(kept)
print(get())
os.remove(path)
