# Between bytes, str and ints.
s = 'żółw 🐢'
data = s.encode()
print(data, len(data), data.decode() == s)
print(bytes([104, 105]), bytes('abc', 'ascii'), bytes(b'copy'), bytes(0))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(b'caf\xc3\xa9'.decode('utf-8'), b'\xff'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
print(b'\xe2\x82'.decode('utf-8', 'ignore') == '', repr(b'\x80abc'.decode('ascii', 'backslashreplace')))
try:
    bytes([300])
except ValueError as e:
    print('ValueError', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
