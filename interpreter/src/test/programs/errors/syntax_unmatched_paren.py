# A stray unmatched closing parenthesis.
x = 1)
