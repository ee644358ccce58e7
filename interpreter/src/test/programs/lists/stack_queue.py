# Using a list as a stack and as a simple queue.
stack = []
for ch in '({[]})':
    if ch in '({[':
        stack.append(ch)
    else:
        top = stack.pop()
        print('matched', top, ch)
print('empty' if not stack else 'left over')
queue = ['a', 'b', 'c']
while queue:
    item = queue.pop(0)
    print('serve', item)
    if item == 'a':
        queue.append('d')
print(queue)
