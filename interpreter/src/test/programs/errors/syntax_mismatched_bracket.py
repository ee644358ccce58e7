# A mismatched closing bracket.
items = [1, 2, 3)
