# sys.exit with a non-int, non-str object prints its str and exits 1.
import sys
print('exiting with a list')
sys.exit(['not', 'a', 'code'])
