"""Records CPython's incremental decoders as test vectors for skein.interpreter.runtime.codecs.

Run from this directory with CPython 3.11: python3 record_streams.py
It rewrites streams.txt next to it. Never edit that file by hand.

Each line is one stream: encoding, error handler, the pieces fed to one incremental decoder
(hex, separated by '/'; the last piece is fed as final), and the outcome: the text each
decode() call returned (code points in hex, calls separated by '/'), then '=' and the
decoder's state after the last piece (waiting bytes in hex, ':', the state number), or '!'
and the type and message of the exception the next call raised.
"""

import codecs
import random
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

# Mostly well-formed pieces of each encoding, faults and marks mixed in.
POOL = [b'a', b'\n', b'\r', b'\x00', b'\x7f', b'\x80', b'\xbf', b'\xc2', b'\xc3\xa9', b'\xe0\xa0', b'\xe2\x82\xac',
        b'\xed\xa0\x80', b'\xef\xbb\xbf', b'\xf0\x9f\x98\x80', b'\xf0\x90', b'\xf4\x90\x80\x80', b'\xff', b'\xfe',
        b'\xff\xfe', b'\xfe\xff', b'\x00\xd8', b'\x00\xdc', b'\xd8\x00', b'\x3d\xd8\x00\xde', b'a\x00', b'\x00a',
        b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff', b'a\x00\x00\x00', b'\x00\x00\x11\x00',
        b'\\', b'\\x4', b'\\xe9', b'\\u00e9', b'\\U0001f600', b'\\N{DIGIT ONE}', b'\\N{', b'}', b'\\7', b'u', b'x']
ENCODINGS = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1',
             'utf-8-sig', 'cp1252', 'unicode_escape', 'raw_unicode_escape']
HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']
# Java's tables for the multibyte codecs agree with CPython's on well-formed text; only that is recorded.
MULTIBYTE = {'shift_jis': '日本語のテキスト、ｶﾀｶﾅ', 'euc_jp': '日本語のテキスト', 'gbk': '中文文本，汉字', 'big5': '中文文本'}


def codes(text):
    return ' '.join('%x' % ord(ch) for ch in text)


def split(data, rng):
    cuts = sorted(rng.sample(range(len(data) + 1), min(len(data) + 1, rng.randint(0, 4))))
    pieces = []
    start = 0
    for cut in cuts:
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return pieces


def outcome(encoding, errors, pieces):
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    texts = []
    try:
        for i, piece in enumerate(pieces):
            texts.append(codes(decoder.decode(piece, i == len(pieces) - 1)))
    except (UnicodeError, LookupError) as e:
        return '/'.join(texts) + '!%s:%s' % (type(e).__name__, str(e).encode('ascii', 'backslashreplace').decode())
    waiting, flags = decoder.getstate()
    return '/'.join(texts) + '=%s:%d' % (waiting.hex(), flags)


def main():
    rng = random.Random(2311)
    with open('streams.txt', 'w', encoding='ascii', newline='\n') as out:
        out.write('# encoding errors pieces outcome; recorded with CPython %s\n' % sys.version.split()[0])
        seen = set()
        cases = []
        for _ in range(4000):
            data = b''.join(rng.choice(POOL) for _ in range(rng.randint(0, 7)))
            cases.append((rng.choice(ENCODINGS), rng.choice(HANDLERS), split(data, rng)))
        for encoding, text in MULTIBYTE.items():
            data = text.encode(encoding)
            for cut in range(len(data) + 1):
                cases.append((encoding, 'strict', [data[:cut], data[cut:]]))
        for encoding, errors, pieces in cases:
            key = (encoding, errors, tuple(pieces))
            if key not in seen:
                seen.add(key)
                out.write('\t'.join([encoding, errors, '/'.join(p.hex() for p in pieces),
                                     outcome(encoding, errors, pieces)]) + '\n')


main()
