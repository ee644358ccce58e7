[a "b" c]
