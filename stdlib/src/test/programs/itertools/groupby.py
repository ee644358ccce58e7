# groupby groups consecutive equal keys.
from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
runs = [(k, len(list(g))) for k, g in groupby('WWWWBBWWWBBBBB')]
print(runs, ''.join([f'{n}{k}' for k, n in runs]))
print(list(groupby([])))
