'foo'
'bar'
