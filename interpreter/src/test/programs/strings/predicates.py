# Character class predicates.
samples = ['abc', 'ABC', 'abc123', '123', '12.5', '', ' ', '\t\n', 'Ünïcödé', '٣', '½', 'a_b', '_x1', '1x']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
