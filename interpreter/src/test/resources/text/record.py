"""Records CPython's Unicode character data as test vectors for skein.interpreter.runtime.text.

Run from this directory with CPython 3.11: python3 record.py
It rewrites the *.txt files next to it. Never edit those by hand.

Each file holds one case per line, fields separated by tabs, code points in hexadecimal (a
mapping to several characters lists them separated by spaces); lines starting with '#' are
comments.

case_mapping.txt: code point, upper, lower, title, casefold, swapcase, for every code point one
  of whose mappings is not the code point itself.
classes.txt: runs of code points with the same classes: first, last, then 0/1 flags for
  isalpha, isdecimal, isdigit, isnumeric, isidentifier as first character, isidentifier as
  later character, isupper, islower, istitle (a titlecase letter), and whether the code point
  is assigned in CPython's Unicode version.
codecs.txt: D encoding errors bytes outcome (bytes.decode) | E encoding errors text outcome
  (str.encode); bytes as hex pairs, text as code points; an outcome is '=' and the result, or
  '!' and the exception's type and message.
"""

import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"


def codes(text):
    return ' '.join('%x' % ord(ch) for ch in text)


def header(out, description):
    out.write('# %s\n# recorded with CPython %s, Unicode %s\n'
              % (description, sys.version.split()[0], unicodedata.unidata_version))


def record_case_mapping():
    with open('case_mapping.txt', 'w', encoding='ascii', newline='\n') as out:
        header(out, 'code point, upper, lower, title, casefold, swapcase')
        for c in range(0x110000):
            ch = chr(c)
            mappings = [ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase()]
            if any(m != ch for m in mappings):
                out.write('\t'.join(['%x' % c] + [codes(m) for m in mappings]) + '\n')


def classes(ch):
    title = ch.istitle() and not ch.isupper()
    return (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isidentifier(),
            ('a' + ch).isidentifier(), ch.isupper(), ch.islower(), title, unicodedata.category(ch) != 'Cn')


def record_classes():
    with open('classes.txt', 'w', encoding='ascii', newline='\n') as out:
        header(out, 'first, last, isalpha, isdecimal, isdigit, isnumeric, identifier start, identifier part, '
                    'isupper, islower, titlecase, assigned')
        start = 0
        previous = None
        for c in range(0x110001):
            flags = classes(chr(c)) if c < 0x110000 else None
            if flags != previous:
                if previous is not None:
                    out.write('\t'.join(['%x' % start, '%x' % (c - 1)] + [str(int(f)) for f in previous]) + '\n')
                start = c
                previous = flags


def decode_outcome(data, encoding, errors):
    try:
        return '=' + codes(data.decode(encoding, errors))
    except (UnicodeError, LookupError, TypeError) as e:
        return '!%s:%s' % (type(e).__name__, str(e).encode('ascii', 'backslashreplace').decode())


def encode_outcome(text, encoding, errors):
    try:
        return '=' + text.encode(encoding, errors).hex()
    except (UnicodeError, LookupError, TypeError) as e:
        return '!%s:%s' % (type(e).__name__, str(e).encode('ascii', 'backslashreplace').decode())


def random_bytes(rng):
    """Mostly well-formed UTF-8 and UTF-16 pieces, with faults mixed in."""
    pool = [b'a', b'\x00', b'\x7f', b'\x80', b'\xbf', b'\xc0', b'\xc2', b'\xc3\xa9', b'\xdf', b'\xe0', b'\xe0\xa0',
            b'\xe2\x82\xac', b'\xed\xa0\x80', b'\xed\x9f\xbf', b'\xef\xbb\xbf', b'\xf0\x90', b'\xf0\x9f\x98\x80',
            b'\xf4\x8f\xbf\xbf', b'\xf4\x90\x80\x80', b'\xf5', b'\xff', b'\xfe', b'\x00\xd8', b'\x00\xdc', b'\xd8\x00',
            b'\xdc\x00', b'\xff\xfe', b'\xfe\xff', b'\x00\x00\x11\x00', b'\x00\x00\xfe\xff',
            b'\\', b'\\x4', b'\\u00e9', b'\\N{DIGIT ONE}', b'\\N{', b'\\U0010ffff', b'\\U00110000', b'\\7', b'\\n',
            b'u', b'{']
    return b''.join(rng.choice(pool) for _ in range(rng.randint(0, 6)))


def random_text(rng):
    """Text with ASCII, Latin-1, BMP and astral characters and lone surrogates never forming a pair."""
    pool = ['a', '~', '\x00', '\x7f', '\x80', '\xe9', '\xff', '\u0100', '\u20ac', '\u4e00', '\uffff', '\U0001f600',
            '\U0010ffff', '\ud800', '\udc80', '\udcff', '\udfff']
    out = ''
    for _ in range(rng.randint(0, 6)):
        ch = rng.choice(pool)
        if out and '\ud800' <= out[-1] <= '\udbff' and '\udc00' <= ch <= '\udfff':
            continue
        out += ch
    return out


def record_codecs():
    rng = random.Random(11)
    decodings = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1',
                 'utf-8-sig', 'cp1252', 'unicode_escape', 'raw_unicode_escape']
    encodings = decodings + ['iso8859-15']
    handlers = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']
    with open('codecs.txt', 'w', encoding='ascii', newline='\n') as out:
        header(out, 'D encoding errors bytes outcome | E encoding errors text outcome')
        seen = set()
        for _ in range(3000):
            data = random_bytes(rng)
            encoding = rng.choice(decodings)
            errors = rng.choice(handlers)
            if (data, encoding, errors) not in seen:
                seen.add((data, encoding, errors))
                out.write('\t'.join(['D', encoding, errors, data.hex(), decode_outcome(data, encoding, errors)]) + '\n')
        for _ in range(3000):
            text = random_text(rng)
            encoding = rng.choice(encodings)
            errors = rng.choice(handlers + ['xmlcharrefreplace', 'namereplace'])
            if (text, encoding, errors) not in seen:
                seen.add((text, encoding, errors))
                out.write('\t'.join(['E', encoding, errors, codes(text), encode_outcome(text, encoding, errors)]) + '\n')


record_case_mapping()
record_classes()
record_codecs()
