# Append mode adds to the end; 'x' mode refuses an existing file.
import os
path = __file__ + '.tmp'
with open(path, 'w') as f:
    f.write('one\n')
with open(path, 'a') as f:
    f.write('two\n')
    f.write('three\n')
with open(path) as f:
    print(f.read().splitlines())
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
os.remove(path)
with open(path, 'x') as f:
    f.write('created exclusively')
with open(path) as f:
    print(f.read())
os.remove(path)
