# Assignment expressions.
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print(f'{n} items')
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
line_no = 0
lines = ['a', 'bb', '', 'ccc']
while (line := lines[line_no]) != '':
    print('line', line)
    line_no += 1
print(line_no)
print((total := 10) + total)
def f():
    if (m := 3) > 2:
        return m * 2
print(f())
print([last := v for v in range(4)], last)
