# Class attributes are shared until an instance shadows them.
class Config:
    debug = False
    tags = []
a, b = Config(), Config()
a.debug = True
a.tags.append('shared!')
print(a.debug, b.debug, Config.debug, b.tags)
Config.debug = 'changed on class'
print(a.debug, b.debug)
del a.debug
print(a.debug)
print('debug' in vars(a), 'debug' in vars(Config))
Config.new_attr = 42
print(b.new_attr)
