# Every search, split, strip and padding method over a matrix of texts and arguments.
texts = ['', 'a', 'abcab', '  a b\tc\n', 'xÉßx', 'a😀b😀', 'ΣΑΣ σ', '1,2,,3,', '\x1c\x1d \u3000x\x85']
needles = ['', 'a', 'ab', '😀', ',', ' ', 'xyz']
bounds = [(None, None), (1, None), (-2, None), (0, -1), (2, 1), (7, None)]
for s in texts:
    print(ascii(s), len(s), ascii(s[::-1]), ascii(s[1::2]), ascii(s[-2:]))
    for sub in needles:
        row = ''
        for start, end in bounds:
            row += '%d/%d/%d/%d/%d ' % (s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
                                         s.startswith(sub, start, end), s.endswith(sub, start, end))
        print('  ', ascii(sub), row)
        if sub:
            print('  ', ascii(s.split(sub)), ascii(s.rsplit(sub, 1)), ascii(s.partition(sub)), ascii(s.rpartition(sub)),
                  ascii(s.replace(sub, '<>')), ascii(s.replace(sub, '', 1)), ascii(s.strip(sub)), ascii(s.lstrip(sub)))
    for n in [-1, 0, 1, 2]:
        print('  split', n, ascii(s.split(None, n)), ascii(s.rsplit(None, n)))
    print('  lines', ascii(s.splitlines()), ascii(s.splitlines(True)), ascii(s.strip()), ascii(s.expandtabs(3)))
    for width in [0, 4, 9]:
        print('  pad', width, ascii(s.center(width, '.')), ascii(s.ljust(width, '😀')), ascii(s.rjust(width)),
              ascii(s.zfill(width)), ascii(format(s, '^%d' % width)), ascii('%*s|%-*s' % (width, s, width, s)))
    print('  case', ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()),
          ascii(s.casefold()))
    print('  is', s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(),
          s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
