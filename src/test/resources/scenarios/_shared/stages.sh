cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: h1
        name: hook 1
        entry: echo
        language: system
        stages: [pre-commit]
    -   id: h2
        name: hook 2
        entry: echo
        language: system
        stages: [push]
    -   id: h3
        name: hook 3
        entry: echo
        language: system
        stages: [manual]
Y
git add -A
