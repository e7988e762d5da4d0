touch a.txt; git add -A
