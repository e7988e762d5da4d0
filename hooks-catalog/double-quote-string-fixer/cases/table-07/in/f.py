
x = " \
foo \
"

