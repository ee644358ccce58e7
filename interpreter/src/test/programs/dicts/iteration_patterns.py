# Grouping, inverting and counting with plain dicts.
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inverted)
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
print(max(by_letter, key=lambda k: len(by_letter[k])), min(lengths), max(lengths.values()))
