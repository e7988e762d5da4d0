package = "pre-commit-package"
version = "dev-1"

source = {
   url = "git+ssh://git@github.com/pre-commit/pre-commit.git"
}
description = {}
dependencies = {}
build = {
    type = "builtin",
    modules = {},
}
