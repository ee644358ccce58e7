            \ msg = 1
