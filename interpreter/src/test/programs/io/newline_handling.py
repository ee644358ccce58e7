# Universal newlines in text mode; bytes kept as written in binary mode.
import os
path = __file__ + '.tmp'
with open(path, 'wb') as f:
    f.write(b'unix\nwindows\r\nold mac\rend')
with open(path) as f:
    print(f.read().split('\n'))
with open(path, newline='') as f:
    print(f.readlines())
with open(path, 'rb') as f:
    print(f.read().split(b'\n'))
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
