# Iterating over strings and building new ones.
word = 'Mississippi'
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list('héllo'), tuple('ab'), sorted('banana'), set('aaa'))
print([c.upper() for c in 'abc' if c != 'b'])
vowels = 0
for i, ch in enumerate('education'):
    if ch in 'aeiou':
        vowels += 1
        print(i, ch, end='; ')
print()
print(vowels, max('hello'), min('hello'), ''.join(reversed('stressed')))
