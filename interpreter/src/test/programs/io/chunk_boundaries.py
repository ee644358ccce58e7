# Text files are decoded in chunks of 8192 bytes: sequences cut by a chunk boundary decode whole,
# and decoding errors count positions from the start of what the decoder was given.
import os
path = __file__ + '.tmp'


def put(data):
    with open(path, 'wb') as f:
        f.write(data)


def attempt(action):
    try:
        return action()
    except (UnicodeError, OSError) as e:
        return '%s: %s' % (type(e).__name__, e)


def summary(text):
    return len(text), ascii(text[8185:8200]), text.count('\n')


for filler in [8190, 8191, 8192]:
    for tail in ['\xe9', '\u20ac', '\U0001f600', '\r\n', '\r']:
        put(('a' * filler + tail + 'bc\nd' + '\u20ac' * 5000 + '\nend').encode('utf-8'))
        with open(path, encoding='utf-8') as f:
            whole = f.read()
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        with open(path, encoding='utf-8') as f:
            pieces = []
            while True:
                piece = f.read(1000)
                if not piece:
                    break
                pieces.append(piece)
        with open(path, encoding='utf-8', newline='') as f:
            raw_lines = [ascii(line[-3:]) for line in f]
        print(filler, ascii(tail), summary(whole), ''.join(lines) == whole, ''.join(pieces) == whole, raw_lines)

print('-- an invalid byte past the first chunk')
put(b'x' * 10000 + b'\xff' + b'y\n')
with open(path) as f:
    print(attempt(f.read))
with open(path) as f:
    print(attempt(f.readline))
with open(path) as f:
    print(len(f.read(5)), attempt(lambda: f.read(9000)))
with open(path) as f:
    print(len(f.read(1)), f.tell(), attempt(f.read))
with open(path, errors='replace') as f:
    print(summary(f.read()))

print('-- a sequence cut by the end of the file')
put(b'a' * 8191 + b'\xe2\x82')
with open(path) as f:
    print(attempt(f.readline))
with open(path) as f:
    print(attempt(f.read))
with open(path, errors='backslashreplace') as f:
    print(ascii(f.read()[-12:]))

print('-- UTF-16 and UTF-32 units cut by a chunk boundary')
for encoding in ['utf-16', 'utf-16-be', 'utf-32']:
    text = 'z' * 4000 + '\U0001f600\u20ac' + 'y' * 5000
    with open(path, 'w', encoding=encoding) as f:
        f.write(text)
    with open(path, encoding=encoding) as f:
        lines = f.readlines()
    with open(path, encoding=encoding) as f:
        print(encoding, ''.join(lines) == text, f.read(4001)[-2:] == 'z\U0001f600', f.tell(), len(f.read()))
os.remove(path)
