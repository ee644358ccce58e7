print('loud: executing module body, __name__ =', __name__)
counter = 0

def bump():
    global counter
    counter += 1
    return counter

if __name__ == '__main__':
    print('loud: this only runs as a script')
