cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: ic
        name: ignore case
        entry: '\[info\]'
        args: [--ignore-case]
        language: pygrep
        files: ^f
    -   id: neg
        name: negate
        entry: foo
        args: [--negate]
        language: pygrep
        files: ^f
    -   id: ml
        name: multiline
        entry: 'foo\nbar'
        args: [--multiline]
        language: pygrep
        files: ^f
    -   id: mlneg
        name: multiline negate
        entry: 'foo\nbar'
        args: [--multiline, --negate]
        language: pygrep
        files: ^f
Y
printf 'foo\nbar\n' > f1; printf '[INFO] hi\n' > f2; printf 'x\r\nfoo\r\n' > f3; printf 'nothing' > f4
git add -A
