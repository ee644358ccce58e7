# chdir changes how relative paths resolve.
import os
start = os.getcwd()
sub = os.path.basename(__file__) + '.tmpdir'
os.mkdir(sub)
os.chdir(sub)
print(os.path.basename(os.getcwd()) == sub, os.path.dirname(os.getcwd()) == start)
with open('note.txt', 'w') as f:
    f.write('inside')
print(os.path.exists('note.txt'), os.path.exists(os.path.join('..', sub, 'note.txt')))
os.chdir('..')
print(os.getcwd() == start, os.path.exists('note.txt'), os.path.exists(os.path.join(sub, 'note.txt')))
os.remove(os.path.join(sub, 'note.txt'))
os.rmdir(sub)
try:
    os.chdir('no_such_directory')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
