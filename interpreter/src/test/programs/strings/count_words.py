# A small word-frequency count using string methods only.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = text.lower().replace(',', ' ').split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for word in sorted(freq, key=lambda w: (-freq[w], w)):
    print(f'{word:<12}{freq[word]:>3}')
print(len(words), len(freq))
