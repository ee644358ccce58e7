# An unterminated string literal.
print("never")
message = "hello
