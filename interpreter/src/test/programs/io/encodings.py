# Text files with explicit encodings and decoding errors.
import os
path = __file__ + '.tmp'
text = 'naïve café 日本 🐍'
with open(path, 'w', encoding='utf-8') as f:
    f.write(text)
with open(path, 'rb') as f:
    raw = f.read()
print(len(text), len(raw), raw[:8])
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(path, encoding='utf-8', errors='replace') as f:
    print(f.read())
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
os.remove(path)
