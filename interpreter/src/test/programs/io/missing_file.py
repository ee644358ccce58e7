# Opening missing files and directories.
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open('.', 'r').read()
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('x.txt', 'rq')
except ValueError as e:
    print('ValueError', e)
