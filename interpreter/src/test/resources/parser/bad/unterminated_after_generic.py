1 +
x = "abc
