# global declarations inside nested functions and class bodies.
value = 'module'
def outer():
    value = 'outer local'
    def inner():
        global value
        value = 'set by inner'
        return value
    inner()
    return value
print(outer(), value)
class K:
    global made_in_class
    made_in_class = 'from class body'
    attr = 'class attribute'
print(made_in_class, 'made_in_class' in vars(K), K.attr)
counter = 0
def make():
    def bump():
        global counter
        counter += 1
    return bump
b = make()
b(); b()
print(counter)
global ignored_at_module_level
ignored_at_module_level = 1
print(ignored_at_module_level)
