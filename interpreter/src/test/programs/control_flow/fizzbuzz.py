# Classic FizzBuzz with a while loop and a for loop.
out = []
for i in range(1, 31):
    if i % 15 == 0:
        out.append('FizzBuzz')
    elif i % 3 == 0:
        out.append('Fizz')
    elif i % 5 == 0:
        out.append('Buzz')
    else:
        out.append(str(i))
print(' '.join(out))
i = 0
while True:
    i += 1
    if i > 15:
        break
    print(i % 3 == 0 and 'Fizz' or '', end='')
    print(i % 5 == 0 and 'Buzz' or '', end='')
    print('' if i % 3 == 0 or i % 5 == 0 else i)
