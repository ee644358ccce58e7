a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s' "say \"hi\"" 'mixed "quotes"' "and 'these'"
f = r'raw\n' R"raw\t", Rb'\x00' bR"\d" rB'x' Br'y'
g = b'bytes' B"BYTES" b'\x00\xff\n\t\\' b'\101\7\777'
h = u'unicode' U"UNICODE"
i = 'a' 'b' "c" '''d''' """e"""
j = b'a' b"b" rb'\c'
k = '\a\b\f\n\r\t\v\\\'\"\0\1\12\123\x41\u0041\U0001F600\N{BULLET}\N{LATIN SMALL LETTER E WITH ACUTE}'
l = '\q\w \d'
m = 'line \
continuation'
n = """multi \
line"""
o = 'é ü ñ 中文 😀'
p = u'first' 'second'
q = ''
r = b''
s = ''''''
t = 'tab\there'
u = '\x7f\x80\xa0\u2028\ud800\U0010ffff'
v = 'ascii only \x00\x1f'
w = "both ' and \""
x = 'CR\rLF'
