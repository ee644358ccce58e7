a, b c
