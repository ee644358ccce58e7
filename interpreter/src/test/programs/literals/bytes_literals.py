# Bytes literal forms.
print(b'abc', b"x\x00y", B'\xff\xfe')
print(br'\n', rb'\t', len(b'\n'))
print(b'abc'[0], b'abc'[1:], list(b'hi'))
print(type(b'').__name__, bytes(3), bytes([65, 66]))
print(b'a' b'b')
print(repr(b"it's"), repr(b'say "x"'), repr(b'both \' and "'))
