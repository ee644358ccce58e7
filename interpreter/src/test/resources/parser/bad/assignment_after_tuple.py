a, b c = d
