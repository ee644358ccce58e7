# find, index, count, startswith, endswith, in.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'))
print(s.index('fox'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('dog'), s.endswith('do', 0, -1))
print('fox' in s, 'cat' not in s, '' in s)
print(s.find('o', 15, 20), s.count('o', 0, 15))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError', e)
