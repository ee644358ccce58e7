# Cooperative __init__ with **kwargs through a diamond.
class Shape:
    def __init__(self, **kwargs):
        self.parts = ['Shape']
        super().__init__(**kwargs)
class Colored(Shape):
    def __init__(self, color='red', **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.parts.append('Colored')
class Named(Shape):
    def __init__(self, name='?', **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.parts.append('Named')
class Label(Colored, Named):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.parts.append('Label')
lab = Label(color='blue', name='tag')
print(lab.color, lab.name, lab.parts)
print([c.__name__ for c in Label.__mro__])
