printf 'repos:\n- repo: local\n  hooks: [\n' > .pre-commit-config.yaml
git add -A
