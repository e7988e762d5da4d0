cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: logfile test hook
        name: Logfile test hook
        entry: sh -c 'echo "This is STDOUT output"; echo "This is STDERR output" >&2; exit 1' --
        language: system
        log_file: test.log
Y
git add -A
