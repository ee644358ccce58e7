# Indexing and slicing strings, including non-BMP characters.
s = 'Python🐍é'
print(s[0], s[-1], s[6], s[-3], len(s))
print(s[1:4], s[:2], s[5:], s[::-1], s[::2], s[-3:-1], s[10:20], repr(s[4:2]))
print(s[1:-1:3], s[::-2])
try:
    s[100]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError', e)
