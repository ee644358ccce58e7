# open()'s encoding, errors and newline arguments: checks, the names files report, and when errors appear.
import os
import sys
path = __file__ + '.tmp'


def attempt(action):
    try:
        return action()
    except (LookupError, TypeError, ValueError, OSError) as e:
        return '%s: %s' % (type(e).__name__, e)


def opened(**kwargs):
    def action():
        with open(path, 'w', **kwargs) as f:
            return f.encoding, f.errors, f.newlines, f.line_buffering, repr(f).replace(repr(path), 'PATH')
    return action


for kwargs in [{}, {'encoding': 'UTF8'}, {'encoding': 'Latin-1'}, {'encoding': ' utf_8 '}, {'encoding': 'locale'},
               {'encoding': 'cp1252', 'errors': 'ignore'}, {'errors': 'xyz'}, {'encoding': None, 'errors': None},
               {'encoding': 'utf-16'}]:
    print(kwargs, attempt(opened(**kwargs)))

for kwargs in [{'errors': 5}, {'encoding': 5}, {'encoding': b'utf-8'}, {'newline': 5}, {'encoding': 'utf-8\0'},
               {'errors': 'strict\0'}, {'newline': '\n\0'}]:
    if os.path.exists(path):
        os.remove(path)
    print(kwargs, attempt(opened(**kwargs)), os.path.exists(path))

# These are found once the file is open: it exists afterwards.
for kwargs in [{'encoding': 'xyz'}, {'encoding': ''}, {'encoding': 'hex'}, {'encoding': 'rot13'},
               {'newline': 'x'}, {'newline': 'x', 'encoding': 'xyz'}]:
    if os.path.exists(path):
        os.remove(path)
    print(kwargs, attempt(opened(**kwargs)), os.path.exists(path))

for kwargs in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    print('binary', kwargs, attempt(lambda: open(path, 'rb', **kwargs)))
print(attempt(lambda: open('/no/such/dir/file', encoding='xyz')))

print(sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors, sys.stdin.encoding)
os.remove(path)
