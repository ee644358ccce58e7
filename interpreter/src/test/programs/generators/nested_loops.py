# yield inside nested for and while loops with break, continue and else; close() and
# exhaustion unwind every enclosing finally, innermost first.
def grid(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if c > r:
                break
            if (r + c) % 3 == 2:
                continue
            yield r, c
        else:
            yield 'row', r, 'had no break'


print(list(grid(3, 3)))


def while_in_for(words):
    for word in words:
        i = 0
        while i < len(word):
            letter = word[i]
            i += 1
            if letter == '-':
                continue
            if letter == '!':
                break
            yield letter
        else:
            yield '|'


print(''.join(while_in_for(['ab', 'c-d', 'e!f', 'g'])))


def layered():
    for outer in 'AB':
        try:
            for inner in range(2):
                try:
                    yield outer + str(inner)
                finally:
                    print(f'  inner finally {outer}{inner}')
        finally:
            print(f'  outer finally {outer}')


g = layered()
print(next(g), next(g), next(g))
g.close()
print('closed')

print('exhausted:', list(layered()))


def search(matrix, target):
    for row_index, row in enumerate(matrix):
        for col_index, value in enumerate(row):
            received = yield value
            if received == 'skip row':
                break
            if value == target:
                return row_index, col_index
    return None


g = search([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 8)
visited = [next(g)]
try:
    while True:
        command = 'skip row' if visited[-1] == 2 else None
        visited.append(g.send(command))
except StopIteration as stop:
    print('visited', visited, 'found at', stop.value)
