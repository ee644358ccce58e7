# A leading zero in a decimal integer.
x = 0123
