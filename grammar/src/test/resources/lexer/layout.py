# leading comment

def f(a,
      b):   # comment after a bracket closes
    if a:
        return [
            1,
                2,   # deeper than the block, inside brackets
        ]
      # a comment-only line at an odd indentation
    x = 1 + \
        2
    y = (3
# comment inside brackets at column 0
         + 4)
    	
    return x  # trailing comment

class C:
    def m(self):
        while True:
            if self:
                break
z = 1
