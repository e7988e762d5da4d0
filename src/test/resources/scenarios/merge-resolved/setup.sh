cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: echo
        name: echo
        entry: echo
        language: system
        verbose: true
Y
echo base > f.txt; echo x > g.txt; git add -A; git commit -qm base
git checkout -q -b other; echo other > f.txt; echo y > h.txt; git add -A; git commit -qm other
git checkout -q main; echo main > f.txt; git commit -qam main
git merge -q other || true
echo resolved > f.txt; git add -A
