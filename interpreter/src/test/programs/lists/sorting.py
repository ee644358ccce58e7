# sort and sorted with key and reverse; stability.
words = ['banana', 'Apple', 'cherry', 'date', 'apple', 'Fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted([3.5, 1, 2.25, -1e9, 10**20]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
