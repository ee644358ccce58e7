"""Counts the words of a text given on the command line, or of a built-in sample."""
import sys


def count_words(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = " ".join(sys.argv[1:]) or "the quick brown fox jumps over the lazy dog. The dog sleeps."
    counts = count_words(text)
    for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]:
        print(f"{word:>8} {n}")


if __name__ == "__main__":
    main()
