-- precommit: the rock that `repo: local` lua hooks install before their dependencies
package = "precommit-local"
version = "0.1-1"
source = { url = "file:///dev/null" }
description = { summary = "Empty rock for local hooks" }
dependencies = {}
build = { type = "builtin", modules = {} }
