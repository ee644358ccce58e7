# getcwd and os.path functions.
import os
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.basename(cwd), os.path.isdir(cwd))
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a', ''))
print(os.path.basename('/x/y/z.tar.gz'), os.path.dirname('/x/y/z.tar.gz'), os.path.split('/x/y/z'), os.path.splitext('archive.tar.gz'))
print(os.path.exists(__file__), os.path.exists('no/such/path'), os.path.isfile(__file__), os.path.isdir(__file__))
print(os.path.abspath('sub/file') == os.path.join(cwd, 'sub', 'file'), os.path.normpath('a/./b/../c'))
print(os.path.exists('getcwd_and_paths.py'), os.path.splitext('noext'), os.path.basename('dir/'))
