# Binary mode reads and writes bytes.
import os
path = __file__ + '.tmp'
data = bytes(range(256))
with open(path, 'wb') as f:
    print(f.write(data), f.write(b'\r\n'))
with open(path, 'rb') as f:
    content = f.read()
print(len(content), content[:5], content[-4:], content == data + b'\r\n')
with open(path, 'rb') as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read())
    f.seek(0)
    print(f.read(1))
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print('TypeError', e)
os.remove(path)
