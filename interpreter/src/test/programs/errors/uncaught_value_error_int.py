# int() of a non-numeric string.
text = 'x'
print(int(text))
