# yield from at module level is a SyntaxError.
print('never printed')
yield from [1, 2]
