printf 'repos:\n-   repo: local\n    hooks:\n    -   id: x\n        name: caf\351\n        entry: "true"\n        language: system\n' > .pre-commit-config.yaml
git add -A
