# chr, ord, hex, oct, bin.
print(chr(97), chr(8364), chr(128512), ord('a'), ord('€'), ord('😀'), ord(b'A'))
print(hex(255), hex(-255), hex(0), hex(2 ** 70), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
print(''.join([chr(c) for c in range(65, 91)]))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    ord('')
except TypeError as e:
    print('TypeError', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError', e)
