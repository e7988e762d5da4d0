module precommit.local/noop

go 1.18
