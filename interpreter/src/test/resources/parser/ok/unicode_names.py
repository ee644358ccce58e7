café = 1
naïve = café
変数 = "値"
ﬁ = 2
ℌ = 3
x = ﬁ + ℌ
def 関数(引数):
    return 引数
class Ω:
    π = 3.14
s = "é" + 'ü' + f"{café}é{naïve}"
t = (café,
     変数)
