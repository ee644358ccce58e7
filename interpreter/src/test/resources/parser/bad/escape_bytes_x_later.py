x = b"ab\x"
