# yield at module level is a SyntaxError found at compile time: nothing is printed.
print('never printed')
value = yield 1
