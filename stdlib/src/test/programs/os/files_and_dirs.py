# Creating and removing files and directories.
import os
base = __file__ + '.tmpdir'
os.mkdir(base)
for name in ['b.txt', 'a.txt', 'c.log']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'a.txt')))
os.rename(os.path.join(base, 'c.log'), os.path.join(base, 'd.log'))
print(sorted(os.listdir(base)))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.remove(base)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
