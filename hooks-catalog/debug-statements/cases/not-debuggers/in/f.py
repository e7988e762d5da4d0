import pdb.foo
x.breakpoint()
