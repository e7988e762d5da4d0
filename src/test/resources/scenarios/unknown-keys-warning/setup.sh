cat > .pre-commit-config.yaml <<'Y'
bar: 1
repos:
-   repo: local
    foo: x
    hooks:
    -   id: too-much
        name: too much
        entry: 'true'
        language: system
        foo: 1
        hello: 2
Y
git add -A
