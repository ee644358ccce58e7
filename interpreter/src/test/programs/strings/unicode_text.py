# Unicode text: code points, encode/decode, chr/ord.
s = 'Grüße, 世界! 🎉'
print(s, len(s))
print([ord(c) for c in 'aé世🎉'])
print(chr(233), chr(0x4E16), chr(0x1F389), chr(65) + chr(66))
print(s.encode('utf-8'))
print(len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print('café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print('naïve'.encode('ascii', 'replace'), 'naïve'.encode('ascii', 'ignore'))
print(s.upper(), s[::-1])
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
