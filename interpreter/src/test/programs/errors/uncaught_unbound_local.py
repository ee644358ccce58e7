# Reading a local before assignment.
total = 10
def add():
    total += 1
    return total
add()
