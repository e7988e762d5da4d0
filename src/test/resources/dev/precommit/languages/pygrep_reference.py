"""pygrep's behaviour, written from its documented semantics, for PygrepSearch's differential test.

Usage: python3 pygrep_reference.py CASES_JSON   (run in the directory holding the files)
CASES_JSON holds a list of argv lists. For each, prints one line: the exit code, a space, and the
hex of the bytes pygrep writes (stdout and stderr as one stream, as pre-commit shows them).
Python's warnings (e.g. FutureWarning for "[[") are silenced: their text names pygrep's path.
"""
import argparse
import io
import json
import re
import sys
import warnings

warnings.simplefilter('ignore')
out = None  # the binary stream of the case being run


def lines_of(data):
    # Iterating a binary file: pieces end after each b'\n'; the last may lack one.
    pieces = data.split(b'\n')
    lines = [p + b'\n' for p in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines


def report_lines(pattern, name, data):
    found = 0
    for number, line in enumerate(lines_of(data), start=1):
        if pattern.search(line):
            found = 1
            out.write(('%s:%d:' % (name, number)).encode() + line.rstrip(b'\r\n') + b'\n')
    return found


def report_file(pattern, name, data):
    m = pattern.search(data)
    if not m:
        return 0
    number = data.count(b'\n', 0, m.start())
    pieces = m.group(0).split(b'\n')
    pieces[0] = data.split(b'\n')[number]
    out.write(('%s:%d:' % (name, number + 1)).encode() + b'\n'.join(pieces) + b'\n')
    return 1


def negated_lines(pattern, name, data):
    if any(pattern.search(line) for line in lines_of(data)):
        return 0
    out.write(name.encode() + b'\n')
    return 1


def negated_file(pattern, name, data):
    if pattern.search(data):
        return 0
    out.write(name.encode() + b'\n')
    return 1


def main(argv):
    parser = argparse.ArgumentParser(
        prog='pygrep.py',
        description=(
            'grep-like finder using python regexes.  Unlike grep, this tool '
            'returns nonzero when it finds a match and zero otherwise.  The '
            'idea here being that matches are "problems".'
        ),
    )
    parser.add_argument('-i', '--ignore-case', action='store_true')
    parser.add_argument('--multiline', action='store_true')
    parser.add_argument('--negate', action='store_true')
    parser.add_argument('pattern', help='python regex pattern.')
    parser.add_argument('filenames', nargs='*')
    args = parser.parse_args(argv)
    flags = re.IGNORECASE if args.ignore_case else 0
    if args.multiline:
        flags |= re.MULTILINE | re.DOTALL
    try:
        pattern = re.compile(args.pattern.encode(), flags)
    except re.error as e:
        out.write(('re.error: %s\n' % e).encode())
        return 1
    modes = {
        (False, False): report_lines, (True, False): report_file,
        (False, True): negated_lines, (True, True): negated_file,
    }
    report = modes[(args.multiline, args.negate)]
    rc = 0
    for name in args.filenames:
        try:
            with open(name, 'rb') as f:
                data = f.read()
        except OSError as e:
            out.write(('%s: %s\n' % (type(e).__name__, e)).encode())
            return rc | 1
        rc |= report(pattern, name, data)
    return rc


def run_case(argv):
    global out
    out = io.BytesIO()
    text = io.TextIOWrapper(out, encoding='utf-8', write_through=True)
    real = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = text  # argparse prints usage, help and errors as text
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = real
    return code, out.getvalue()


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        cases = json.load(f)
    for argv in cases:
        code, data = run_case(argv)
        print(code, data.hex())
