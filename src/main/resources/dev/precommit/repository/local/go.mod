module pre-commit-placeholder-empty-module
