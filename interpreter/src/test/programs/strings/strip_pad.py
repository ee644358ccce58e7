# strip family, padding and alignment helpers.
s = '  \t spaced out \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'))
print(repr('hi'.center(7)), repr('hi'.center(6, '*')), repr('hi'.ljust(5, '.')), repr('hi'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)))
