
x = ' \
foo \
'

