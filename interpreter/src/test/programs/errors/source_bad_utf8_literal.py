# coding: utf-8
# A string literal with a byte that is not UTF-8.
s = "café"
print(s)
