# precommit: the gem that `repo: local` ruby hooks install before their dependencies
Gem::Specification.new do |spec|
  spec.name = "precommit_local"
  spec.version = "0.1.0"
  spec.summary = "Empty gem for local hooks"
  spec.authors = ["precommit"]
  spec.files = []
end
