# An unexpected keyword argument.
def connect(host, port=80):
    return f'{host}:{port}'
print(connect('a'))
connect('a', prot=8080)
