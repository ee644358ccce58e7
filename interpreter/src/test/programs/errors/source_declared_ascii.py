# coding: ascii
# A non-ASCII byte in a file declared ASCII.
print("é")
