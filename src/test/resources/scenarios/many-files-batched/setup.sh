cat > .pre-commit-config.yaml <<'Y'
repos:
-   repo: local
    hooks:
    -   id: count
        name: count
        entry: sh -c 'echo $#' --
        language: system
        require_serial: true
        verbose: true
Y
i=0; while [ $i -lt 400 ]; do touch "file_with_a_rather_long_name_to_fill_the_command_line_faster_$i.txt"; i=$((i+1)); done
git add -A
