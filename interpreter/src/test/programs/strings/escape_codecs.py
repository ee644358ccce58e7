# The unicode_escape and raw_unicode_escape codecs, and \N{...} names (formal aliases such as
# BYTE ORDER MARK are left out: Skein knows only the names themselves).
def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except (UnicodeError, LookupError) as e:
        print(label, '->', type(e).__name__, e)

for data in [b'a\\nb', b'\\x41\\u00e9\\U0001F600', b'\\101\\7\\377', b'\\N{DIGIT ONE}', b'\\\\', b'x\\', b'\\x4',
             b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{nope}', b'\\N{', b'\\N', b'\\Nx', b'caf\xe9', b'\\\n',
             b'\\a\\b\\f\\v\\0', b'\\\'\\"', b'\\N{}', b'\\N{x', b'\\N{DIGIT ONE', b'\\N{ DIGIT ONE}', b'\\N{digit one}',
             b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\N{HANGUL SYLLABLE GA}', b'\\N{hangul syllable hih}',
             b'\\N{cjk unified ideograph-4e00}', b'\\N{CJK UNIFIED IDEOGRAPHS 4E00}',
             b'\\N{GRINNING FACE}', b'\\N{PRIVATE USE AREA E000}', b'\\N{NULL}',
             b'\\N{TANGUT IDEOGRAPH-17000}']:
    for errors in ['strict', 'replace', 'backslashreplace', 'ignore']:
        show('unicode_escape %s %s' % (data, errors), lambda: data.decode('unicode_escape', errors))
for data in [b'\\u00e9', b'\\\\u00e9', b'\\\\\\u00e9', b'\\x41', b'\\u12', b'\\U0011ffff', b'\\', b'caf\xe9\\U0001f600',
             b'\\U0001f60', b'a\\\\\\\\U0001f600']:
    for errors in ['strict', 'replace']:
        show('raw_unicode_escape %s %s' % (data, errors), lambda: data.decode('raw_unicode_escape', errors))
for text in ['a\tb\n\r\\\'"', '\x00\x7f\x80\xff\u0100\U0001f600\ud800', 'plain', '']:
    print(ascii(text), text.encode('unicode_escape'), text.encode('raw_unicode_escape'),
          text.encode('unicode_escape').decode('unicode_escape') == text,
          text.encode('raw_unicode_escape').decode('raw_unicode_escape') == text)
