# Files are context managers and are closed after the block.
import os
path = __file__ + '.tmp'
with open(path, 'w') as f:
    f.write('first line\nsecond line\n')
print(f.closed)
with open(path) as f:
    print(f.closed, f.readline().strip())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
os.remove(path)
print(os.path.exists(path))
