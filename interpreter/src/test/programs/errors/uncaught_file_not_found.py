# Opening a file that does not exist.
with open('no_such_file_here.txt') as f:
    print(f.read())
