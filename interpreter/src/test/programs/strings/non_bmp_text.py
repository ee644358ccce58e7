# Characters outside the Basic Multilingual Plane count as one character everywhere.
s = 'a😀b𝔸c🎉'
print(len(s), s[1], s[-1], s[3], repr(s[1:4]), s[::-1], s[::2], s[1::2])
print([c for c in s], [ord(c) for c in s])
print(s.find('b'), s.find('🎉'), s.rfind('c'), s.index('𝔸'), s.count('😀'), s.find('b', 2), s.find('b', 3))
print(s.find('c', -3), s.rfind('😀', 0, 2), s.rfind('😀', 0, 1), s.count('', 2), s.find('', 6), s.find('', 7))
print(s.startswith('😀', 1), s.endswith('c', 0, 5), s.startswith('b', -4), s.endswith('🎉'))
print(repr(s.center(10, '*')), repr(s.ljust(8, '😀')), repr(s.rjust(7)), repr('😀'.center(4, '🎉')))
print(s.split('𝔸'), s.partition('😀'), s.rpartition('🎉'), s.replace('😀', '!'), s.replace('', '|', 3))
print(repr('😀x😀'.strip('😀')), repr('😀 x'.lstrip('😀 ')), '🎉'.zfill(4), repr('😀\tb'.expandtabs(4)))
print(f'[{s:>9}] [{s:^10}] [{s:.3}]', '[%8s] [%-8s] [%.2s]' % (s, s, s))
print('{:😀^7}'.format('ab'), format('🎉', '*<3'), '%c%c' % (0x1F600, '🎉'))
print(s.upper(), s.title(), '𐐨𐐩'.upper(), '𐐀𐐁'.lower(), '𐐀𐐁'.swapcase(), '𐐨a'.capitalize())
print('𝔸'.isalpha(), '𝟙'.isdigit(), '𝟙'.isdecimal(), '😀'.isprintable(), '\U000e0001'.isprintable(), '𐒠'.isnumeric())
print(repr('\U000e0001'), ascii(s), repr('😀'), '😀' < '\uffff', '\uffff' < '😀', sorted(['😀', '\uffff', 'z']))
print(s.encode('utf-8'), s.encode('utf-16-le'), len(s.encode('utf-32')), s.encode('utf-8').decode() == s)
print('a😀b'.translate({0x1F600: '-', ord('a'): None}), str.maketrans('😀', 'x'))
print(int('𝟙𝟚'), '😀'.join(['1', '2']), '😀' * 3, '😀' in s, 'x😀'.isidentifier())
try:
    s[7]
except IndexError as e:
    print('IndexError', e)
try:
    s.index('z', 2)
except ValueError as e:
    print('ValueError', e)
