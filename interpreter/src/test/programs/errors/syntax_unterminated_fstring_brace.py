# An f-string with an unclosed brace.
name = 'x'
print(f'hello {name')
