cat > .pre-commit-config.yaml <<'EOF'
repos:
-   repo: local
    hooks:
    -   id: ok
        name: Always passes
        entry: 'true'
        language: system
    -   id: fail-hook
        name: Always fails
        entry: sh -c 'echo "failing on $@"; exit 3' --
        language: system
    -   id: fixer
        name: Appends newline fixer
        entry: sh -c 'for f in "$@"; do echo >> "$f"; done' --
        language: system
        files: \.txt$
    -   id: md
        name: Only matches md
        entry: 'true'
        language: system
        files: \.md$
    -   id: verbose-one
        name: Verbose echo
        entry: echo
        language: system
        verbose: true
    -   id: grep-todo
        name: No TODO
        entry: TODO
        language: pygrep
    -   id: failer
        name: fail language
        entry: do not commit these files
        language: fail
        files: \.bad$
EOF
echo hello > a.txt; echo "TODO x" > b.py; echo bad > c.bad; git add -A
