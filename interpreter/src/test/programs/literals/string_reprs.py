# repr() of strings picks quotes and escapes like CPython.
for s in ["plain", "it's", 'say "hi"', 'both \' and "', "tab\there", "new\nline",
          "bell\a", "\x7f", "\x80", "\u00e9t\u00e9", "\u200b", "\U0001F600", "back\\slash",
          "\r\n", "ok", "\x1b[0m"]:
    print(repr(s))
print(ascii('h\u00e9 😀'))
