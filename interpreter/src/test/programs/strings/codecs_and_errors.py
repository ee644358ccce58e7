# Encoding and decoding with every builtin error handler, and CPython's error messages.
def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, '->', type(e).__name__, e)

for data in [b'\xff', b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xf0\x90\x80', b'\xf0\x90\x80(', b'\xc3',
             b'\xc3(', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'\xc0\xaf', b'a\x80\x81b', b'ok\xf8\x88\x80\x80\x80!']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show('utf-8 %s %s' % (data, errors), lambda: data.decode('utf-8', errors))
for data in [b'a\x80\x81b', b'\xff']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show('ascii %s %s' % (data, errors), lambda: data.decode('ascii', errors))
for text in ['é', 'aé€', 'naïve café', '€€x', 'a\U0001F600b']:
    for encoding in ['ascii', 'latin-1']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
            show('%s %s %s' % (ascii(text), encoding, errors), lambda: text.encode(encoding, errors))
show('surrogateescape round trip', lambda: b'\xffa\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
show('surrogateescape to ascii', lambda: '\udcff'.encode('ascii', 'surrogateescape'))
show('surrogateescape non-escape', lambda: '\x80'.encode('ascii', 'surrogateescape'))
show('lone surrogate utf-8', lambda: '\ud800'.encode('utf-8'))
show('lone surrogate utf-8 replace', lambda: 'a\ud800b'.encode('utf-8', 'replace'))
show('surrogatepass encode', lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
show('surrogatepass decode', lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
show('lone surrogate utf-16', lambda: '\ud800'.encode('utf-16'))
show('lone surrogate utf-32', lambda: '\ud800'.encode('utf-32'))
for text in ['aé', 'a\U0001F600', '']:
    for encoding in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
        show('%s %s' % (ascii(text), encoding), lambda: text.encode(encoding))
        show('%s %s back' % (ascii(text), encoding), lambda: text.encode(encoding).decode(encoding) == text)
for data, encoding in [(b'\x00', 'utf-16'), (b'\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16'),
                       (b'\x00\xd8\x00\x00', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'),
                       (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00', 'utf-32'),
                       (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'\xff\xfe\x00\x00', 'utf-32'),
                       (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\xef\xbb\xbfa', 'utf-8-sig'),
                       (b'\xef\xbb\xbf\xff', 'utf-8-sig'), (b'\x00\xd8a\x00', 'utf-16-le')]:
    for errors in ['strict', 'replace', 'backslashreplace']:
        show('%s %s %s' % (data, encoding, errors), lambda: data.decode(encoding, errors))
for name in ['UTF8', 'utf_8', 'U8', 'Latin_1', 'iso8859-1', 'L1', 'US-ASCII', '646', 'UTF-16LE', 'utf32', 'cp1252',
             'windows-1252', 'iso-8859-15', 'bogus', '', 'utf-8 ', 'utf-8\xe9', 'UTF 8', 'utf--8', '_utf_8_', 'utf.8',
             'latin_1.', 'cp-1252', 'CP1252', 'windows1252', 'mac-roman', 'koi8_r', 'shift-jis', 'sjis', 'euc_jp',
             'gb2312', 'big5', 'latin-9', 'latin9', 'iso-8859-2', 'cp437', 'cp850', 'HEX', 'base_64', 'rot-13']:
    show('encoding %r' % name, lambda: 'é€'.encode(name, 'replace'))
    show('decoding %r' % name, lambda: b'\xa4\xe9'.decode(name, 'replace'))
show('shift_jis round trip', lambda: '日本語テキスト'.encode('shift_jis').decode('sjis'))
show('shift_jis strict', lambda: '€'.encode('shift_jis'))
show('shift_jis bad bytes', lambda: b'\x82'.decode('shift_jis'))
show('gbk bad bytes', lambda: b'\x81\x20'.decode('gbk'))
show('cp1252 undefined', lambda: b'\x81'.decode('cp1252'))
show('cp1252 unencodable', lambda: 'ĀĀ'.encode('cp1252'))
show('unknown handler', lambda: 'é'.encode('ascii', 'bogus'))
show('unknown handler unused', lambda: 'x'.encode('ascii', 'bogus'))
show('decode xmlcharrefreplace', lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))
show('names', lambda: '\x00é\U0001F600\ue000\u4e00\uac00\ud7a3'.encode('ascii', 'namereplace'))
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args == ('ascii', 'aé€', 1, 3, 'ordinal not in range(128)'))
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeEncodeError('x', 'abc', 0, 1, 'why')), str(UnicodeEncodeError('x', '\U0001F600', 0, 1, 'why')))
print(str(UnicodeEncodeError('x', 'abc', 0, 2, 'why')), str(UnicodeEncodeError('x', '\u20ac', 0, 1, 'why')))
print(str(UnicodeDecodeError('x', b'abc', 1, 2, 'why')), str(UnicodeDecodeError('x', b'abc', 1, 3, 'why')))
