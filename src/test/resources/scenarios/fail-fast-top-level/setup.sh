cat > .pre-commit-config.yaml <<'Y'
fail_fast: true
repos:
-   repo: local
    hooks:
    -   id: failing
        name: Failing hook
        entry: sh -c 'echo Fail; exit 1' --
        language: system
    -   id: after
        name: run me!
        entry: echo
        language: system
Y
git add -A
