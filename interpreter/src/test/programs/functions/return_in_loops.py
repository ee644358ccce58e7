# return from inside loops and try/finally.
def find(xs, target):
    for i, x in enumerate(xs):
        while True:
            if x == target:
                return i
            break
    return -1
print(find([5, 6, 7], 7), find([], 1))
def with_finally():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('finally at', i)
print(with_finally())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def break_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            break
    return 'after loop'
print(break_in_finally())
