# An exception raised in a generator body reaches the code that resumed it.
def parse(lines):
    for line in lines:
        yield int(line)


total = 0
for number in parse(['1', '2', 'three']):
    total += number
    print('running total', total)
