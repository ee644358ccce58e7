# return directly inside a class body.
class C:
    return 1
