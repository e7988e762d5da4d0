cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: t
        name: t
        entry: 'true'
        language: system
Y
git add -A; echo '# changed' >> .pre-commit-config.yaml
