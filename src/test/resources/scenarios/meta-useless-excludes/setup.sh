cat > .pre-commit-config.yaml <<'Y'
exclude: ^nothing-here/
repos:
-   repo: meta
    hooks:
    -   id: check-useless-excludes
    -   id: check-hooks-apply
-   repo: local
    hooks:
    -   id: useless
        name: useless exclude
        entry: 'true'
        language: system
        exclude: ^also-nothing$
    -   id: never
        name: never applies
        entry: 'true'
        language: system
        files: \.never$
Y
touch a.py; git add -A
