# find, count, index and startswith with start and end: negative, past the end, None, empty needles.
s = 'abcabcab'
bounds = [(None, None), (0, None), (2, None), (-3, None), (None, -2), (3, 5), (5, 3), (8, None), (9, None),
          (-100, 100), (100, -100), (True, 4), (-1, None)]
for start, end in bounds:
    print(start, end, s.find('ab', start, end), s.rfind('ab', start, end), s.count('ab', start, end),
          s.find('', start, end), s.rfind('', start, end), s.count('', start, end),
          s.startswith('ab', start, end), s.endswith('ab', start, end), s.startswith('', start, end),
          s.endswith(('x', 'c'), start, end))
b = b'abcabcab'
for start, end in bounds:
    print(start, end, b.find(b'ab', start, end), b.rfind(97, start, end), b.count(b'', start, end),
          b.startswith((b'x', b'ca'), start, end), bytearray(b).endswith(b'b', start, end))
print(s.index('c', 3), s.rindex('c', 0, 5), s.count('aa'), 'aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'))
print(''.find(''), ''.rfind(''), ''.count(''), ''.find('', 1), 'abc'.count('', 3), 'abc'.count('', 4), ''.startswith(''))
print('abc'.find('c', 2**70), 'abc'.find('a', -2**70), 'abc'.count('b', None, 2**100), 'ab'.startswith('a', -2**70))
class Idx:
    def __index__(self):
        return 1
print('abc'.find('b', Idx()), 'abc'.count('c', Idx(), Idx()), 'abcd'[Idx()], 'abcd'[Idx():], b'xy'[Idx()])
print('a,b,c'.partition(','), 'a,b,c'.rpartition(','), 'abc'.partition('x'), 'abc'.rpartition('x'), 'aXbXc'.partition('X'))
print('prefix'.removeprefix(''), 'x'.removesuffix(''), 'aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), ''.removeprefix('a'))
