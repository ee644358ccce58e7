f(filename, 0= )
