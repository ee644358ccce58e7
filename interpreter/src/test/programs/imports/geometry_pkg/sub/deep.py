from .. import shapes
from ..shapes import Circle as C
from . import helper
from .helper import twice
from .. import VERSION

def describe():
    return f'{__name__} v{VERSION}: area {C(2).area()} == {shapes.Circle(2).area()}, {helper.NAME}, {twice(21)}'
