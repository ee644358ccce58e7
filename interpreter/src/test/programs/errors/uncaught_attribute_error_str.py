# A misspelt string method.
text = 'hello'
print(text.upper())
print(text.uper())
