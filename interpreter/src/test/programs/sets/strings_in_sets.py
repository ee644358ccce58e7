# Sets of strings: print them sorted, since their order depends on the hash seed.
words = 'the cat and the hat and the bat'.split()
unique = set(words)
print(sorted(unique), len(unique))
print(sorted(unique - {'the', 'and'}))
vowels = set('aeiou')
print(sorted(vowels & set('education')))
print('cat' in unique, 'dog' in unique)
seen = set()
first_dupes = []
for w in words:
    if w in seen and w not in first_dupes:
        first_dupes.append(w)
    seen.add(w)
print(first_dupes)
