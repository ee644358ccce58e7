class A:
    @dec
x = 1
