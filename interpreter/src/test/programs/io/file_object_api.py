# File object attributes and methods.
import os
path = __file__ + '.tmp'
f = open(path, 'w')
print(f.name == path, f.mode, f.closed, f.writable(), f.readable())
f.writelines(['a\n', 'b\n', 'c'])
f.flush()
f.close()
print(f.closed)
f.close()
f = open(path, 'r+')
print(f.read(2), f.tell())
f.seek(0)
f.write('X')
f.seek(0)
print(repr(f.read()))
f.close()
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(f.read(1), f.readline(), f.readline(5), repr(f.readline()), repr(f.read()))
os.remove(path)
