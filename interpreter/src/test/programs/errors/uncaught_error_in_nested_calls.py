# An exception raised several frames deep through methods and lambdas.
class Parser:
    def parse(self, items):
        return [self.convert(x) for x in items]
    def convert(self, x):
        return (lambda v: int(v))(x)
print(Parser().parse(['1', '2']))
Parser().parse(['3', 'four'])
