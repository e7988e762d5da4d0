cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: bash_hook
        name: Bash hook
        entry: echo
        language: system
    -   id: bash_hook
        alias: foo_bash
        name: Bash hook
        entry: echo aliased
        language: system
Y
git add -A
