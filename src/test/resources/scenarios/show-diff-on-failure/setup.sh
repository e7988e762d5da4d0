cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: fixer
        name: fixer
        entry: sh -c 'for f in "$@"; do echo fixed >> "$f"; done' --
        language: system
        files: \.txt$
Y
echo hi > a.txt; git add -A; git commit -qm init
