"foo"
"bar"
