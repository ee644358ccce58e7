# The bytes and bytearray methods over a matrix of values and arguments.
values = [b'', b'a', b'abcab', b'  a b\tc\n\x0b', b'x\xc9\xdfx', b'1,2,,3,', b'\x1c\x1d \xa0x\x85', b'Hello wORLD']
needles = [b'', b'a', b'ab', b',', b' ', b'xyz']
bounds = [(None, None), (1, None), (-2, None), (0, -1), (2, 1), (7, None)]
for b in values:
    ba = bytearray(b)
    print(b, len(b), b[::-1], ba[1::2], b[-2:], ba == b, b.hex(), ba.hex(':', 2))
    for sub in needles:
        row = ''
        for start, end in bounds:
            row += '%d/%d/%d/%d/%d ' % (b.find(sub, start, end), ba.rfind(sub, start, end), b.count(sub, start, end),
                                         ba.startswith(sub, start, end), b.endswith(sub, start, end))
        print('  ', sub, row, b.find(97), ba.count(44))
        if sub:
            print('  ', b.split(sub), ba.rsplit(sub, 1), b.partition(sub), ba.rpartition(sub), b.replace(sub, b'<>'),
                  ba.replace(sub, b'', 1), b.strip(sub), ba.lstrip(sub))
    for n in [-1, 0, 1, 2]:
        print('  split', n, b.split(None, n), ba.rsplit(None, n))
    print('  lines', b.splitlines(), ba.splitlines(True), b.strip(), ba.expandtabs(3))
    for width in [0, 4, 9]:
        print('  pad', width, b.center(width, b'.'), ba.ljust(width, b'-'), b.rjust(width), ba.zfill(width))
    print('  case', b.upper(), ba.lower(), b.title(), ba.capitalize(), b.swapcase())
    print('  is', b.isalpha(), b.isalnum(), ba.isdigit(), b.isspace(), ba.islower(), b.isupper(), ba.istitle(),
          b.isascii())
    print('  decode', b.decode('latin-1'), ascii(b.decode('utf-8', 'replace')), ascii(ba.decode('ascii', 'ignore')))
