cat > .pre-commit-config.yaml <<'Y'
x-common: &common
    entry: 'true'
    language: system
repos:
-   repo: local
    hooks:
    -   <<: *common
        id: a
        name: merged a
    -   <<: *common
        id: b
        name: merged b
Y
git add -A
