# bytearray is the mutable bytes.
ba = bytearray(b'hello')
ba[0] = ord('J')
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba), bytes(ba))
ba[1:3] = b'EE'
print(ba, ba.pop(), ba)
del ba[0]
print(ba, ba.decode(), ba.upper(), type(ba.upper()).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError', e)
