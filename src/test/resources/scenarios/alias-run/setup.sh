cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: bash_hook
        name: Bash hook
        entry: echo
        language: system
        verbose: true
    -   id: bash_hook
        alias: foo_bash
        name: Bash hook aliased
        entry: echo aliased
        language: system
        verbose: true
Y
git add -A
