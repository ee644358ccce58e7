# global declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def create():
    global created_here
    created_here = 'made inside'
create()
print(created_here)
def read_only():
    return counter * 10
print(read_only())
def shadowing():
    counter = 'local'
    return counter
print(shadowing(), counter)
