# Comparing bytes and using them as keys.
print(b'abc' == b'abc', b'abc' < b'abd', b'' < b'\x00', b'a' == 'a', b'a' != 'a')
d = {b'key': 1, 'key': 2}
print(d[b'key'], d['key'], len(d))
print(sorted([b'b', b'a', b'ab', b'']))
print(bytes(b'x') == bytearray(b'x'), b'x' in [bytearray(b'x')])
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02\x03'))
