# replace, translate and maketrans.
s = 'banana'
print(s.replace('a', 'o'), s.replace('a', 'o', 2), s.replace('na', ''), s.replace('', '-'))
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table))
print('hello world'.translate(str.maketrans('', '', 'lo')))
print('hello'.translate({ord('h'): 'J', ord('o'): None}))
print(str.maketrans({'a': '1', 'b': None}))
