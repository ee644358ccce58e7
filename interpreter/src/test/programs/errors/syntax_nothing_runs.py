# Only the syntax error is reported; nothing runs, not even the first print.
print("this must not be printed")
x = (1 +)
