# str.format: positional, keyword, indexing and attributes.
print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('{name} is {age}'.format(name='Ann', age=31))
print('{0[0]} {0[1]} {1[key]}'.format(['a', 'b'], {'key': 'v'}))
class P:
    x = 3
    y = 4
print('({0.x}, {0.y})'.format(P()))
print('{{literal}} {}'.format(1))
print('{!r} {!s} {!a}'.format('hi', 'hi', 'hé'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{0}{1}{0}'.format('ab', 'cd'))
