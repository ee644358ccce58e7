"""Records CPython's number/text conversions as test vectors for skein.interpreter.runtime.format.

Run from this directory with CPython 3.11: python3 record.py
It rewrites the *.txt files next to it. Never edit those by hand.

Each vector file holds one case per line, fields separated by tabs; lines starting with '#' are
comments. Text fields are escaped so that the files are pure ASCII: backslash is written '\\',
other characters outside printable ASCII as \\uXXXX or \\UXXXXXXXX (code points, so lone
surrogates survive). Values carry a one-letter tag where a field may hold several kinds:
i<decimal> int, b<0|1> bool, f<float.hex> float ('inf', '-inf', 'nan', '-nan' for the
specials), s<text> str, n None. An outcome field is '=<result>' or '!<ExceptionType>:<message>'.
"""

import math
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"


# ---------------------------------------------------------------- encoding

def esc(text):
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        elif c <= 0xffff:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out)


def enc_int(v):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(int(v))
    finally:
        sys.set_int_max_str_digits(old)


def enc_float(x):
    if math.isnan(x):
        return '-nan' if math.copysign(1.0, x) < 0 else 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x.hex()


def enc_value(v):
    if v is None:
        return 'n'
    if isinstance(v, bool):
        return 'b1' if v else 'b0'
    if isinstance(v, int):
        return 'i' + enc_int(v)
    if isinstance(v, float):
        return 'f' + enc_float(v)
    if isinstance(v, str):
        return 's' + esc(v)
    raise TypeError(type(v))


def outcome(thunk, encode=esc):
    try:
        result = thunk()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, KeyError) as e:
        return '!%s:%s' % (type(e).__name__, esc(str(e)))
    return '=' + encode(result)


class Vectors:
    def __init__(self, name, description):
        self.name = name
        self.lines = ['# ' + line for line in description.strip().splitlines()]
        self.lines.append('# recorded with CPython %s' % sys.version.split()[0])

    def add(self, *fields):
        self.lines.append('\t'.join(fields))

    def write(self):
        with open(self.name, 'w', encoding='ascii', newline='\n') as f:
            f.write('\n'.join(self.lines) + '\n')
        print('%-22s %6d lines' % (self.name, len(self.lines)))


rng = random.Random(20240611)


def random_double():
    """Any finite double, uniformly over bit patterns."""
    while True:
        x = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
        if math.isfinite(x):
            return x


def random_decimal_double():
    """A double near a short decimal, where rounding ties and boundaries live."""
    digits = rng.randint(1, 17)
    mantissa = rng.randint(10 ** (digits - 1), 10 ** digits - 1)
    exponent = rng.randint(-30, 30)
    return float('%de%d' % (mantissa, exponent)) * rng.choice([1, -1])


SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e-5, 1.5e-5,
    0.0001, 0.00015, 123.456, -123.456, 1234.5, 12345.678, 1e15, 1e16, 1e17, 9999999999999998.0,
    123456789012345.6, 1e22, 1e23, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324, math.pi, math.e,
    2 / 3, 1 / 3, 0.05, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 0.9999999, 9.9999995, 1e-10, -1e-10,
    9007199254740993.0, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074, 2.0 ** -1022, 1e-7, 0.001,
    5e-5, 123456789.0, 1e21, 1e-4, 9.995, 0.045, 1.005, 100.0, 1e6, -1e-300,
    math.inf, -math.inf, math.nan,
]


# ---------------------------------------------------------------- float repr

def record_float_repr():
    v = Vectors('float_repr.txt', 'repr(float): float, repr')
    values = list(SPECIAL_FLOATS)
    values += [float('1e%d' % k) for k in range(-325, 310)]
    values += [2.0 ** k for k in range(-1074, 1024, 7)]
    values += [float('%de%d' % (k, e)) for k in range(1, 10) for e in range(-324, 309, 13)]
    values += [math.nextafter(x, math.inf) for x in [1e16, 1e-4, 1.0, 1e22, 5e-324, 0.1]]
    values += [math.nextafter(x, -math.inf) for x in [1e16, 1e-4, 1.0, 1e22, 0.1]]
    values += [random_double() for _ in range(6000)]
    values += [random_decimal_double() for _ in range(3000)]
    for x in values:
        v.add(enc_float(x), repr(x))
    v.write()


# ---------------------------------------------------------------- format()

FILL_ALIGN = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0>', '0=', '0^', 'x=', '\U0001F600^',
              ' >', '{<', '9>']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '1', '5', '8', '12', '25', '\u0661\u0662']
GROUPINGS = ['', ',', '_']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'i', '\x01',
             '\u00e9']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's']
STR_TYPES = ['', 's', 'd', 'r', 'f']

ODD_SPECS = ['abc', '.', ',_', '_,', ',,', '__', ',.', '<<', '5<', '>>5', '.2147483648', '.2147483647e', 'z',
             '+z#010,.2f', '99999999999999999999', '.99999999999999999999', '\u0661\u0662', '\U0001F600^5',
             '#', '0', '00', '000', '0=', ',', '_', '.0', '.1', '1.1', '=', '^', ' ', '+', '-', '#0', 'z0',
             '010.3', '-010', '{>5', '}<5', '\x00>3', 'x', '.3%', '#.0%', ',d', '_d', ',x', '_x', '_o', '_b',
             ',b', '_X', '#_x', '#,', '010,', '011,', '012,', '013,', '09_', '0=12,', '0<12,', '^12,', '0^12,',
             '\U0001F600=12,', '+012_', ' 012,', '-012,', '.3c', '+c', '#c', '5c', '<5c', '05c', ',c', '_c',
             '\u0660\u0660\u0665', '.\u0663f', '#.3', '#.0', '#.0e', '#.0f', '#g', '#.3g', '#.0g', 'z.1f',
             'z.3e', 'zg', 'z%', 'z.0f', '.0f', '.1f', '.2f', '.17f', '.50f', '.0e', '.20e', '.0g', '.1g',
             '.17g', '.25g', '.3', '.17', '.0n', '.5n', ',n', '_n', '#n', '08n', ',.3', '_.3f', '0=+20.3e']


def spec_sample(types, count, seed_offset):
    specs = []
    rng_local = random.Random(1000 + seed_offset)
    for _ in range(count):
        specs.append(''.join([
            rng_local.choice(FILL_ALIGN),
            rng_local.choice(SIGNS),
            'z' if rng_local.random() < 0.1 else '',
            '#' if rng_local.random() < 0.3 else '',
            '0' if rng_local.random() < 0.25 else '',
            rng_local.choice(WIDTHS),
            rng_local.choice(GROUPINGS),
            rng_local.choice(['', '', '.0', '.1', '.3', '.6', '.12']),
            rng_local.choice(types),
        ]))
    return specs


def one_component_specs(types):
    specs = []
    for t in types:
        for part in FILL_ALIGN + SIGNS + ['z', '#', '0'] + WIDTHS + GROUPINGS + ['.0', '.3', '.12']:
            specs.append(part + t)
        for part in ['*^25', '0=12', '<12', '+#012', ' #012,', '-#025_']:
            specs.append(part + t)
    return specs


def unique(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def record_format_int():
    v = Vectors('format_int.txt', 'format(int) and format(bool): type name, value, spec, outcome')
    values = [0, 1, -1, 42, -42, 65, 255, 1234, -1234, 0x1F600, 123456789, 2 ** 63 - 1, 2 ** 63, -2 ** 63,
              -10 ** 20, 2 ** 100]
    specs = unique(one_component_specs(INT_TYPES) + spec_sample(INT_TYPES, 300, 1) + ODD_SPECS)
    for value in values:
        for spec in specs:
            v.add('int', enc_int(value), esc(spec), outcome(lambda: format(value, spec)))
    for value in [True, False]:
        for spec in ['d', '>5', 'x', '#b', 'c', 'f', '.2', 's', 'abc', '+', '05']:
            v.add('bool', enc_int(value), esc(spec), outcome(lambda: format(value, spec)))
    # Ints around the largest double, for the types that convert to float.
    for value in [10 ** 309, -10 ** 309, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1]:
        for spec in ['', 'd', ',', 'x', 'e', '.3g', 'f', '%', 'c']:
            v.add('int', enc_int(value), esc(spec), outcome(lambda: format(value, spec)))
    # Ints at the limit on decimal digits (4300), and beyond; non-decimal types have no limit.
    for value in [10 ** 4299, -10 ** 4299, 10 ** 4300, -10 ** 4300, 2 ** 14285]:
        for spec in ['', 'd', ',', '_', 'n', '+', '>10', 'x', 'b', 'e']:
            v.add('int', enc_int(value), esc(spec), outcome(lambda: format(value, spec)))
    v.write()


def record_format_float():
    v = Vectors('format_float.txt', 'format(float): float, spec, outcome')
    specs = unique(one_component_specs(FLOAT_TYPES) + spec_sample(FLOAT_TYPES, 300, 2) + ODD_SPECS)
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 2.5, -2.5, 1e-5, 123.456, -1234.5, 1e16, 1e22, 1.7976931348623157e308,
              5e-324, 9.9999995, -1e-10, math.inf, -math.inf, math.nan]
    for x in values:
        for spec in specs:
            v.add(enc_float(x), esc(spec), outcome(lambda: format(x, spec)))
    # Rounding: many values at many precisions in every style.
    rounding_values = SPECIAL_FLOATS + [random_double() for _ in range(100)] + \
        [random_decimal_double() for _ in range(200)]
    precisions = [0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 40]
    for x in rounding_values:
        for p in precisions:
            for style in ['e', 'f', 'g', '', '#g']:
                spec = '.%d%s' % (p, style)
                if style == 'f' and abs(x) > 1e30 and p > 5:
                    continue
                v.add(enc_float(x), esc(spec), outcome(lambda: format(x, spec)))
    for x in rounding_values:
        spec = 'f'
        v.add(enc_float(x), spec, outcome(lambda: format(x, spec)))
    v.write()


def record_format_str():
    v = Vectors('format_str.txt', 'format(str): str, spec, outcome')
    values = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', 'na\u00efve', '\U0001F600', 'a\U0001F600b\U0001F600',
              '\u65e5\u672c\u8a9e', 'tab\there', '12345']
    specs = unique(one_component_specs(STR_TYPES) + spec_sample(STR_TYPES, 300, 3) + ODD_SPECS +
                   ['.0', '.1', '.2', '.3', '10.2', '*^10.1', '\U0001F600<7.2'])
    for s in values:
        for spec in specs:
            v.add(esc(s), esc(spec), outcome(lambda: format(s, spec)))
    v.write()


# ---------------------------------------------------------------- % formatting

class Operand:
    """How a right operand of % is written: its kind, then its items."""

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def fields(self):
        if self.kind == 'V':
            return ['V', enc_value(self.value)]
        if self.kind == 'T':
            return ['T%d' % len(self.value)] + [enc_value(x) for x in self.value]
        if self.kind == 'L':
            return ['L%d' % len(self.value)] + [enc_value(x) for x in self.value]
        if self.kind == 'D':
            out = ['D%d' % len(self.value)]
            for key, item in self.value.items():
                out += [esc(key), enc_value(item)]
            return out
        raise ValueError(self.kind)


def T(*items):
    return Operand('T', tuple(items))


def record_percent():
    v = Vectors('percent.txt', 'str % operand: format, operand (V value | Tn items | Ln items | Dn key value...), '
                               'outcome')

    def add(fmt, operand):
        v.add(esc(fmt), *operand.fields(), outcome(lambda: fmt % operand.value))

    int_values = [0, 1, -1, 42, -255, 255, 65, 2 ** 64, -2 ** 70, True, 0x10FFFF, 0x110000]
    float_values = [0.0, -0.0, 1.5, -2.5, 3.7, 1e16, 1e-5, 123.456, 2.675, math.inf, -math.inf, math.nan]
    str_values = ['', 'abc', '\u00e9\U0001F600x', 'A', '\U0001F600', "it's"]
    other_values = [None]
    all_values = int_values + float_values + str_values + other_values
    flag_sets = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ', '+#', '-#', '+ ', '-+#0 ']
    widths = ['', '1', '6', '12', '*']
    precisions = ['', '.', '.0', '.3', '.8', '.*']
    local = random.Random(7)
    for conversion in 'diuoxXeEfFgGcsra':
        for _ in range(45):
            flags, width, precision = local.choice(flag_sets), local.choice(widths), local.choice(precisions)
            modifier = local.choice(['', '', '', 'l', 'h', 'L'])
            fmt = '[%' + flags + width + precision + modifier + conversion + ']'
            for value in all_values:
                stars = []
                if width == '*':
                    stars.append(local.choice([-8, 0, 5, 12]))
                if precision == '.*':
                    stars.append(local.choice([-1, 0, 2, 7]))
                add(fmt, T(*stars, value))
    # Big ints against the limit on decimal digits.
    for value in [10 ** 4299, -10 ** 4299, 10 ** 4300]:
        for fmt in ['%d', '%x', '%.3d', '%s', '%e']:
            add(fmt, T(value))
    # The operand's shape: tuple, single, mapping, list; counts that do not match.
    shapes = [T(), T(1), T(1, 2), T(1, 2.5, 'x'), Operand('V', 5), Operand('V', 'str'), Operand('V', 2.5),
              Operand('V', None), Operand('L', []), Operand('L', [1, 'a']),
              Operand('D', {}), Operand('D', {'a': 1, 'b': 'x', '': 2.5, '(x)': 7, 'a(b)c': 'nest'})]
    structural = ['', 'abc', '%%', '100%%', '%', 'x%', '%s', '%s %s', '%s%%', '%d', '%r', '%a', '%c', '%5%',
                  '%(a)s', '%(b)s', '%()s', '%(a)s %(b)s', '%(a)d', '%(a)%', '%(a)*d', '%(a)s %s', '%s %(a)s',
                  '%(a', '%(a(b)c)s', '%((x))s', '%(a(b)c)s', '%(x', '%*d', '%.*f', '%*.*f', '%-*d|', '%*s',
                  '%.*s', '%*', '%.*', '%.', '%-', '%q', '%*q', '%.5q', '%\u00e9', '%\U0001F600',
                  '\U0001F600%y', '%10', '%.2147483648d', '%.2147483648s', '%99999999999999999999d', '%ld',
                  '%hd', '%Ld', '%lld', '%hs', '%lf', '%\x01', '%\x1f', '%\x7f', '% ', '%#', '%0', '%(a)',
                  '%(a)-', 'abc%', '%%%', '%s%', '%*.*', '%5.5', '%-5', '%(a)s%']
    for fmt in structural:
        for shape in shapes:
            add(fmt, shape)
    # '*' operands of every kind (none that asks CPython for gigabytes).
    star_kinds = [5, -5, 0, True, 2.5, '3', None]
    for star in star_kinds + [2 ** 63, -2 ** 63 - 1]:
        add('%*d|', T(star, 1.5))
    for star in star_kinds + [2 ** 31, -2 ** 31 - 1, 2 ** 63]:
        add('%.*f|', T(star, 1.5))
    for width in star_kinds:
        for precision in star_kinds:
            add('%*.*s|', T(width, precision, 'abcdefgh'))
    # Random format strings: the order in which CPython reports what is wrong.
    alphabet = list('%%%%%%()a-+ #0123456789..**hlLdsrxqfce') + ['\u00e9', '\U0001F600']
    for _ in range(900):
        fmt = ''.join(local.choice(alphabet) for _ in range(local.randint(1, 8)))
        for shape in [T(), T(1), T(-3, 2.5, 'x'), Operand('V', 7),
                      Operand('D', {'a': 1, '': 'e', 'a)': 3})]:
            add(fmt, shape)
    v.write()


# ---------------------------------------------------------------- int() and float() of str

def record_int_parse():
    v = Vectors('int_parse.txt', 'int(str, base): text, base, outcome')
    texts = ['0', '1', '-1', '+1', ' 1 ', '\t-17\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17',
             '0O17', '0b101', '0B101', '0x_1f', '0_x1f', '0x__1f', '0x', '0x_', '0b', '010', '00', '0_0', '-0',
             '+0x10', '-0b1', '- 1', '+-1', '1 2', '', ' ', 'abc', 'z', 'Z', 'zz', '\u0663',
             '\u0661\u0662\u0663', '\u0661_\u0662', '\u00b2', '\uff11\uff12', '\u2003 12\u2003', '12\x00',
             '\x0012', '\x1c12', '12\x1c', '\x0b12\x0c', '\x8512\x85', '\xa012\xa0', '\u200b12', '12\u00e9',
             '\U0001D7D812', '\U0001D7CE', '9' * 30, '-' + '9' * 30, '0x' + 'f' * 30, 'x' * 300,
             '1' * 4300, '1' * 4301, '0' * 4301, '1' * 4301 + 'x', '1' * 4301 + '__1', '-' + '1' * 4301,
             '1_' * 4300 + '1', '1' * 5000, '9223372036854775807', '9223372036854775808',
             '-9223372036854775808', '-9223372036854775809', '0o' + '7' * 30, '08', '0_8', '0e1', '1e5',
             '1.0', '0xg', 'g', '36', 'Zz_9', '  -  5', '--5', '0 x1', '0x 1', '١٠', '0\u0661']
    bases = [0, 10, 2, 8, 16, 36, 3, 7, 1, 37, -1, 35]
    for text in texts:
        for base in bases:
            v.add(esc(text), str(base), outcome(lambda: int(text, base), enc_int))
    local = random.Random(11)
    alphabet = list('0123456789abcdefxobXOB_+- ') + ['\u0665', '\t']
    for _ in range(800):
        text = ''.join(local.choice(alphabet) for _ in range(local.randint(1, 8)))
        for base in [0, 2, 8, 10, 16, 36]:
            v.add(esc(text), str(base), outcome(lambda: int(text, base), enc_int))
    v.write()


def record_float_parse():
    v = Vectors('float_parse.txt', 'float(str): text, outcome')
    texts = ['0', '1', '-1', '+1.5', ' 1.5 ', '\t-17.25\n', '.5', '5.', '.', '-.', '+.5e3', '1e5', '1E5',
             '1e+5', '1e-5', '1e', '1e+', 'e5', '1_0.5_0', '1_e5', '1e_5', '1e5_0', '_1', '1_', '1._5', '1_.5',
             '1__0', '1.5_', 'inf', 'INF', '-inf', '+Inf', 'infinity', '-Infinity', 'INFINITY', 'infinit',
             'infinityy', 'in', 'nan', 'NaN', '-nan', '+NAN', 'nan(1)', 'nann', '0x1p3', '0x10', '1d', '1f',
             '', ' ', '1 2', '\u0661.5', '\u0661\u0662', '\u00b2', '\u2003 1\u2003', '1\x00', '\x1c1',
             '\xa01.5\xa0', '1e500', '-1e-500', '1e-400', '1e999999999999999999999', '0e9999999999',
             '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
             '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
             '0.' + '0' * 400 + '1', '1' * 400, '1' * 400 + '.5', '9007199254740993',
             '9007199254740993.000000000000000000000000001', '2.5', 'x' * 300, '- 1', '--1', '+-1', '1e--5',
             'iNf', '1.2.3', '1e5.5', '0001.000']
    for text in texts:
        v.add(esc(text), outcome(lambda: float(text), enc_float))
    local = random.Random(13)
    for _ in range(2000):
        x = random_double() if local.random() < 0.5 else random_decimal_double()
        text = local.choice(['%r', '%.17e', '%.25g', '%.3e', '%.40f'])
        if text == '%.40f' and abs(x) > 1e20:
            text = '%.20e'
        text = text % x
        v.add(esc(text), outcome(lambda: float(text), enc_float))
    alphabet = list('0123456789.eE+-_ ') + ['inf', 'nan', 'infinity', '\u0665']
    for _ in range(1500):
        text = ''.join(local.choice(alphabet) for _ in range(local.randint(1, 7)))
        v.add(esc(text), outcome(lambda: float(text), enc_float))
    v.write()


# ---------------------------------------------------------------- repr(str), ascii(str)

def record_str_repr():
    v = Vectors('str_repr.txt', 'repr(str) and ascii(str): text, repr, ascii')
    texts = [chr(c) for c in range(0x300)]
    texts += ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', 'a\\b', '\t\n\r', '\x00\x7f\x80\x9f',
              '\ud800', '\udfff', 'a\ud800b', '\ue000', '\uffff', '\U0010ffff', '\U0001F600', 'caf\u00e9',
              '\u200b', '\u2028', '\u2029', '\u00a0', '\u00ad', '\ufeff', '\u3000', '\u0378', '\U000e0001',
              '\U000f0000', '\u65e5\u672c', 'x' * 300, "'" * 3, '"' * 3]
    local = random.Random(17)
    for _ in range(600):
        chars = []
        for _ in range(local.randint(1, 12)):
            c = local.choice([local.randint(0, 0x7f), local.randint(0x80, 0x2fff), local.randint(0x3000, 0xffff),
                              local.randint(0x10000, 0x10ffff)])
            # Surrogates could pair up, and characters Unicode 14 leaves unassigned may be assigned
            # in the Unicode version Java knows, so random text avoids both.
            if 0xd800 <= c <= 0xdfff or unicodedata.category(chr(c)) == 'Cn':
                c = ord('S')
            chars.append(chr(c))
        texts.append(''.join(chars))
    for text in texts:
        v.add(esc(text), esc(repr(text)), esc(ascii(text)))
    v.write()


def record_unicode():
    v = Vectors('unicode_props.txt', 'Character classes by runs of code points: first, last, isspace, isprintable, '
                                     'decimal value (-1 none), assigned in this Unicode version (%s)'
                % unicodedata.unidata_version)
    start = 0
    previous = None
    for c in range(0x110000):
        ch = chr(c)
        props = (ch.isspace(), ch.isprintable(), unicodedata.decimal(ch, -1), unicodedata.category(ch) != 'Cn')
        if props != previous:
            if previous is not None:
                v.add('%x' % start, '%x' % (c - 1), *[str(int(p)) if isinstance(p, bool) else str(p)
                                                         for p in previous])
            start = c
            previous = props
    v.add('%x' % start, '%x' % 0x10ffff, *[str(int(p)) if isinstance(p, bool) else str(p) for p in previous])
    v.write()


# ---------------------------------------------------------------- rounding, arithmetic, hashing

def record_round():
    v = Vectors('round.txt', 'round(float, n): F float ndigits outcome | round(float): R float outcome | '
                             'int(float): T float outcome | round(int, n): I int ndigits outcome')
    values = SPECIAL_FLOATS + [random_double() for _ in range(300)] + [random_decimal_double() for _ in range(400)]
    values += [k + 0.5 for k in range(-5, 6)] + [k / 8 for k in range(-20, 21)] + [2.0 ** 52 + 0.5, 4503599627370497.0]
    for x in values:
        for n in [-400, -309, -308, -20, -2, -1, 0, 1, 2, 5, 17, 100, 323, 324]:
            v.add('F', enc_float(x), str(n), outcome(lambda: round(x, n), enc_float))
        v.add('R', enc_float(x), outcome(lambda: round(x), enc_int))
        v.add('T', enc_float(x), outcome(lambda: int(x), enc_int))
    ints = [0, 1, -1, 5, 15, 25, -25, 1250, 1350, -1250, 149, 150, 151, 999, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 5,
            10 ** 30 + 5 * 10 ** 14, -10 ** 30 - 5 * 10 ** 14, 123456789123456789123456789]
    for i in ints:
        for n in [-40, -31, -30, -20, -16, -15, -3, -2, -1, 0, 1, 5]:
            v.add('I', enc_int(i), str(n), outcome(lambda: round(i, n), enc_int))
    v.write()


def record_float_arith():
    v = Vectors('float_arith.txt', 'float operators: op, a, b, outcome (divmod: quotient,remainder; '
                                   'complex when ** gives a complex number)')
    values = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 7.5, -7.5, 1e-300, 1e300, -1e300, 5e-324, 0.1, 1 / 3,
              1e16, 3.5, -3.5, 2.0 ** 53, 1e308, math.inf, -math.inf, math.nan, 10.0, 0.3, 1.1, 2.0 ** 0.5, 2.5]
    pairs = [(a, b) for a in values for b in values]
    local = random.Random(19)
    pairs += [(random_decimal_double(), random_decimal_double()) for _ in range(800)]
    pairs += [(local.uniform(-1e6, 1e6), local.uniform(-100, 100)) for _ in range(400)]

    def enc_divmod(r):
        return enc_float(r[0]) + ',' + enc_float(r[1])

    def power(a, b):
        try:
            r = a ** b
        except OverflowError as e:
            if str(e) == 'complex exponentiation':  # raised on the way to a complex result
                return 'complex'
            raise
        return 'complex' if isinstance(r, complex) else enc_float(r)

    for a, b in pairs:
        v.add('/', enc_float(a), enc_float(b), outcome(lambda: a / b, enc_float))
        v.add('//', enc_float(a), enc_float(b), outcome(lambda: a // b, enc_float))
        v.add('%', enc_float(a), enc_float(b), outcome(lambda: a % b, enc_float))
        v.add('divmod', enc_float(a), enc_float(b), outcome(lambda: divmod(a, b), enc_divmod))
    pow_pairs = [(a, b) for a in values for b in values]
    pow_pairs += [(local.uniform(0, 10), local.uniform(-20, 20)) for _ in range(600)]
    pow_pairs += [(local.uniform(-10, 0), float(local.randint(-30, 30))) for _ in range(200)]
    pow_pairs += [(10.0, float(k)) for k in range(-330, 320, 7)] + [(-1.0, 2.0 ** 60 + 1), (-1.0, 2.0 ** 60)]
    for a, b in pow_pairs:
        v.add('**', enc_float(a), enc_float(b), outcome(lambda: power(a, b), str))
    v.write()


def record_int_float():
    v = Vectors('int_float.txt', 'ints to floats: float int outcome | div a b outcome (a / b)')
    local = random.Random(23)
    ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 63 - 1, -2 ** 63,
            2 ** 64 - 1, 2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 971, 2 ** 1024,
            -2 ** 1024, 10 ** 308, 10 ** 309, 18014398509481983, 18014398509481985]
    ints += [local.getrandbits(local.randint(1, 1100)) * local.choice([1, -1]) for _ in range(400)]
    for i in ints:
        v.add('float', enc_int(i), outcome(lambda: float(i), enc_float))
    pairs = [(10 ** 400, 10 ** 399), (10 ** 400, 1), (2 ** 1024, 1), (2 ** 1024 - 1, 1), (1, 2 ** 1100), (1, 3),
             (2, 3), (-1, 3), (0, -5), (0, 5), (5, 0), (0, 0), (10 ** 400, 0), (1, 10 ** 400), (-1, 10 ** 400),
             (2 ** 1080, 3), (3, 2 ** 1080), (2 ** 53 + 1, 1), (2 ** 54 + 2, 2), (-2 ** 63, -1), (-2 ** 63, 3),
             (2 ** 1023 * 3, 2), (2 ** 1023 * 3, 3), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
             (1, 2 ** 1075 - 1), (2 ** 2000 + 1, 2 ** 1000), (7, 2 ** 1070 * 3)]
    for _ in range(700):
        a = local.getrandbits(local.randint(1, 1200)) * local.choice([1, -1])
        b = local.getrandbits(local.randint(1, 1200)) * local.choice([1, -1]) or 1
        pairs.append((a, b))
    for _ in range(300):
        pairs.append((local.randint(-2 ** 70, 2 ** 70), local.randint(-2 ** 70, 2 ** 70) or 1))
    for a, b in pairs:
        v.add('div', enc_int(a), enc_int(b), outcome(lambda: a / b, enc_float))
    v.write()


def record_hash():
    v = Vectors('hash.txt', 'hash(): int value hash | float value hash (not nan)')
    local = random.Random(29)
    ints = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -2 ** 61 + 1, -2 ** 61, 2 ** 62, 2 ** 63 - 1, -2 ** 63,
            2 ** 64, -2 ** 64, 2 ** 122, 10 ** 100, -10 ** 100]
    ints += [local.getrandbits(local.randint(1, 300)) * local.choice([1, -1]) for _ in range(300)]
    for i in ints:
        v.add('int', enc_int(i), str(hash(i)))
    floats = [x for x in SPECIAL_FLOATS if not math.isnan(x)]
    floats += [random_double() for _ in range(500)] + [random_decimal_double() for _ in range(200)]
    floats += [float(k) for k in range(-5, 6)] + [2.0 ** k for k in range(-1074, 1024, 11)]
    for x in floats:
        v.add('float', enc_float(x), str(hash(x)))
    v.write()


def record_int_text():
    v = Vectors('int_text.txt', 'str(int) with the default digit limit, hex(), oct(), bin(): int, outcomes')
    local = random.Random(31)
    ints = [0, 1, -1, 7, -8, 255, -255, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 100, 10 ** 4299, -10 ** 4299,
            10 ** 4300 - 1, 10 ** 4300, -10 ** 4300, 2 ** 14284, 2 ** 14287, 2 ** 16000]
    ints += [local.getrandbits(local.randint(1, 400)) * local.choice([1, -1]) for _ in range(200)]
    for i in ints:
        v.add(enc_int(i), outcome(lambda: str(i)), outcome(lambda: hex(i)), outcome(lambda: oct(i)),
              outcome(lambda: bin(i)))
    v.write()


# ---------------------------------------------------------------- str.format templates

def template_outcome(template):
    """The pieces string.Formatter().parse() yields, in order, then the error that ends them if any."""
    import _string
    pieces = []
    try:
        for piece in _string.formatter_parser(template):
            pieces.append(repr(piece))
    except ValueError as e:
        pieces.append('!ValueError:' + str(e))
    return esc(' '.join(pieces))


def field_name_outcome(name):
    """formatter_field_name_split: the first part, then each accessor, then the error that ends them if any."""
    import _string
    try:
        first, rest = _string.formatter_field_name_split(name)
    except ValueError as e:
        return esc('!ValueError:' + str(e))
    pieces = [repr(first)]
    try:
        for accessor in rest:
            pieces.append(repr(accessor))
    except ValueError as e:
        pieces.append('!ValueError:' + str(e))
    return esc(' '.join(pieces))


def record_format_template():
    v = Vectors('format_template.txt', 'str.format templates: T template pieces | N field_name first-and-accessors')
    local = random.Random(7)
    templates = ['', 'plain', '{}', '{0}', '{name}', '{{', '}}', '{{}}', 'a{{b}}c', '{0!r}', '{0!s:>10}', '{:{w}.{p}}',
                 '{0[key]}', '{0.attr[1].x}', '{0[}]}', '{0[:]}', '{0[!]}', '{!r:}', '{!}', '{0!', '{0!r', '{0!rx}',
                 '{0:', '{0:{1}', '{0:{{}}}', '{', '}', 'x{', 'x}', '{0}}', '}{', '{0}{', '{a{b}', '{:}}', '{\xe9}',
                 '{0!\xe9}', '{\U0001f600:\U0001f600^3}', '\U0001f600{}\U0001f600', '{0:{1:{2}}}']
    alphabet = '{}!:[].a0rs'
    for _ in range(1500):
        templates.append(''.join(local.choice(alphabet) for _ in range(local.randint(1, 9))))
    for t in unique(templates):
        v.add('T', esc(t), template_outcome(t))
    names = ['', '0', 'a', '12', '0.x', '0[1]', 'a.b.c', 'a[x][0]', '0[]', '0.', '0..a', '0[1', '0]', '0[0]x',
             '\u0663', '99999999999999999999999', '0[99999999999999999999999]', 'x[ 1]', '-1', '0[-1]', '0.0']
    alphabet = '.[]a01'
    for _ in range(800):
        names.append(''.join(local.choice(alphabet) for _ in range(local.randint(1, 7))))
    for n in unique(names):
        v.add('N', esc(n), field_name_outcome(n))
    v.write()


if __name__ == '__main__':
    record_float_repr()
    record_format_int()
    record_format_float()
    record_format_str()
    record_percent()
    record_int_parse()
    record_float_parse()
    record_str_repr()
    record_unicode()
    record_round()
    record_float_arith()
    record_int_float()
    record_hash()
    record_int_text()
    record_format_template()
