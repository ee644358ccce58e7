# split/rsplit limits, splitlines, strip with character sets, padding, zfill, expandtabs, replace counts.
text = '  one  two three   four '
for n in [-1, 0, 1, 2, 10]:
    print(n, text.split(None, n), text.rsplit(None, n), 'a,b,,c,'.split(',', n), 'a,b,,c,'.rsplit(',', n))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), '---'.split('--'), '---'.rsplit('--'), ''.split(), ''.rsplit('x'))
print('x\n\ny\r\n\rz\n'.splitlines(), 'x\n\ny\r\n\rz\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines())
print('\r\n'.splitlines(True), 'a\rb'.splitlines(1), b'a\rb\r\nc\n'.splitlines(), b'x\x0by'.splitlines())
print('xxhixx'.strip('x'), 'abcXcba'.strip('abc'), '..a..'.lstrip('.'), '..a..'.rstrip('.'), 'a'.strip(''), '  a  '.strip(None))
print(b'xxhixx'.strip(b'x'), b' \t\nhi\x0b\x0c '.strip(), bytearray(b'--a--').lstrip(b'-'), b'ab'.rstrip(bytearray(b'b')))
for width in [0, 3, 6, 7, 8]:
    print(width, repr('abc'.center(width)), repr('ab'.center(width, '.')), repr('abc'.ljust(width, '-')),
          repr('abc'.rjust(width)), repr(b'ab'.center(width)), '-7'.zfill(width), '+a'.zfill(width), 'a'.zfill(width))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb'.expandtabs(0)), repr('ab\tc\nd\te'.expandtabs(3)),
      repr('x\ry\tz'.expandtabs(4)), repr(b'a\tb'.expandtabs(2)), repr('\t'.expandtabs(-1)))
print('aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2),
      ''.replace('', 'x'), 'abc'.replace('b', ''), 'abc'.replace('x', 'y'), 'aaa'.replace('a', 'a', 0), 'ab'.replace('', '', 5))
print(b'aaaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), bytearray(b'abc').replace(b'b', b'BB'))
print('-'.join('abc'), ', '.join(('x',)), ''.join([]), '-'.join(['a', 'b']), b', '.join([b'a', bytearray(b'b')]))
print('ab' * 0, 'ab' * -3, 'ab' * True, 3 * 'ab', b'ab' * 2, 0 * b'x')
