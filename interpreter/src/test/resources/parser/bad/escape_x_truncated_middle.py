x = "abc\x4g"
