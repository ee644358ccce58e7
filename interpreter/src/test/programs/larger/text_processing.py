# Text processing: word statistics, wrapping and justification, a tiny template
# engine, a Caesar cipher, run-length encoding and a simple table of concordances.

TEXT = """Call me Ishmael. Some years ago—never mind how long precisely—having
little or no money in my purse, and nothing particular to interest me on
shore, I thought I would sail about a little and see the watery part of
the world. It is a way I have of driving off the spleen and regulating the
circulation. Whenever I find myself growing grim about the mouth; whenever
it is a damp, drizzly November in my soul; whenever I find myself
involuntarily pausing before coffin warehouses, and bringing up the rear of
every funeral I meet; then, I account it high time to get to sea as soon
as I can."""

PUNCTUATION = '.,;:!?—()"\''


def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(' ' if ch in PUNCTUATION else ch)
    return ''.join(cleaned).split()


def frequencies(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum([len(w) for w in line_words])
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(line_words[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + line_words[-1]


def render(template, context):
    out, i = [], 0
    while i < len(template):
        start = template.find('{{', i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find('}}', start)
        if end < 0:
            raise ValueError(f'unclosed placeholder at {start}')
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition('|')
        value = context
        for part in name.strip().split('.'):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        value = str(value)
        filt = filt.strip()
        if filt == 'upper':
            value = value.upper()
        elif filt == 'title':
            value = value.title()
        elif filt:
            raise ValueError(f'unknown filter {filt!r}')
        out.append(value)
        i = end + 2
    return ''.join(out)


def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


def rle_encode(s):
    if not s:
        return ''
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = ch, 1
    out.append(f'{count}{prev}')
    return ''.join(out)


def rle_decode(s):
    out, digits = [], ''
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ''
    return ''.join(out)


words = words_of(TEXT)
freq = frequencies(words)
print('words', len(words), 'distinct', len(freq), 'lines', len(TEXT.splitlines()))
for word, n in top(freq, 8):
    print(f'{word:>10} {n:2} {"*" * n}')
longest = max(words, key=len)
print('longest word:', longest, len(longest))
print('average length:', round(sum([len(w) for w in words]) / len(words), 3))
letters = frequencies([c for c in TEXT.lower() if c.isalpha()])
print('top letters:', ''.join([c for c, _ in top(letters, 10)]))

print('+' + '-' * 40 + '+')
for line in wrap(TEXT, 40):
    print('|' + justify(line, 40) + '|')
print('+' + '-' * 40 + '+')

print(render('Dear {{ user.name | title }}, your order #{{order.id}} ships to {{ user.city|upper }}.',
             {'user': {'name': 'ann smith', 'city': 'Oslo'}, 'order': {'id': 1042}}))
for bad in ['{{ user.name | shout }}', 'Hello {{ user.name']:
    try:
        render(bad, {'user': {'name': 'x'}})
    except ValueError as e:
        print('ValueError', e)

secret = caesar('The Quick Brown Fox Jumps Over The Lazy Dog — déjà vu!', 13)
print(secret)
print(caesar(secret, -13))
print([caesar('abc', s) for s in (1, 25, 26, -1)])

for s in ['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', '', 'zzzzzzzzzzzz']:
    enc = rle_encode(s)
    print(repr(enc), rle_decode(enc) == s)

concordance = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in words_of(line):
        if len(w) > 7:
            concordance.setdefault(w, []).append(lineno)
for w in sorted(concordance):
    print(f'{w:<16}{concordance[w]}')

vowels = sum([1 for c in TEXT.lower() if c in 'aeiou'])
print('vowels', vowels, 'ratio', f'{vowels / len([c for c in TEXT if c.isalpha()]):.4f}')
print('palindromes', sorted(set([w for w in words if len(w) > 1 and w == w[::-1]])))
