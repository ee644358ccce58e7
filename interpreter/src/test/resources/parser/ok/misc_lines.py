# comment at start

x = 1  # trailing comment


# comment between
if x:
    # indented comment
    y = 2

    # blank and comment lines inside a block
    z = 3
  # badly indented comment
    w = 4
x = (1,
     2,   # comment inside brackets
  3)
y = [
    1,
        2,
]
z = {
  'a': 1,

  'b': 2,
}
s = 1 + \
    2
t = 'a' \
    'b'
if x:
    pass
    # trailing comment at end of block
class A:
    def f(self):
        pass



    def g(self):
        pass
def last():
    return 1
