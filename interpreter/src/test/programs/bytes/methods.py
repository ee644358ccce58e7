# Common bytes methods.
b = b'Hello, World'
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b.startswith(b'Hell'), b.endswith(b'd'), b.strip(b'Hd'), b'  x '.strip())
print(b'-'.join([b'a', b'b']), b.hex(), bytes.fromhex('48 69'), b'abc'.index(b'c'))
print(b.decode(), b.decode('ascii'), len(b), b[0], b[-1], b[:5], b[::-1])
print(b'%s=%d' % (b'k', 5), b'a' + b'b', b'ab' * 2, b'a' in b'cat', 97 in b'cat')
print(b'ABC'.isupper(), b'123'.isdigit(), b'a b'.split(), b'x'.center(5, b'.'))
print(list(b'\x00\x7f\x80\xff'), bytes(range(65, 70)), b'\n'.join([b'1', b'2']))
