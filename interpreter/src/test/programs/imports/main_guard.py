# __name__ is '__main__' for the script and the module name for imports.
import noisy_pkg.loud as loud
print('script __name__:', __name__)
print('module __name__:', loud.__name__)
if __name__ == '__main__':
    print('main guard ran')
