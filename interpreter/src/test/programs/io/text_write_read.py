# Writing and reading a text file.
import os
path = __file__ + '.tmp'
with open(path, 'w', encoding='utf-8') as f:
    n = f.write('alpha\nbeta\n')
    f.write('gamma ✓\n')
print('wrote', n)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
os.remove(path)
