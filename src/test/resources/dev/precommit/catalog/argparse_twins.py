# The argument parsers of the original hooks, declared with the real argparse, for
# ArgParserDifferentialTest. Reads "prog<US>arg<US>arg..." (US = \x1f) lines on stdin and prints, per line,
# "exit<TAB>repr(filenames)" then the text argparse printed (stderr or help), then a \x00 line.
import argparse
import contextlib
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def parsers():
    p = {}

    def new(prog, positional='*'):
        parser = argparse.ArgumentParser(prog=prog)
        if positional:
            parser.add_argument('filenames', nargs=positional)
        p[prog] = parser
        return parser

    x = new('check-added-large-files')
    x.add_argument('--enforce-all', action='store_true', help='Enforce all files are checked, not just staged files.')
    x.add_argument('--maxkb', type=int, default=500, help='Maximum allowable KB for added files')
    x = new('check-yaml')
    x.add_argument('-m', '--multi', '--allow-multiple-documents', action='store_true')
    x.add_argument('--unsafe', action='store_true')
    x = new('mixed-line-ending')
    x.add_argument('-f', '--fix', choices=('auto', 'no', 'cr', 'crlf', 'lf'), default='auto')
    x = new('pretty-format-json')
    x.add_argument('--autofix', action='store_true')
    x.add_argument('--indent', default='2')
    x.add_argument('--no-ensure-ascii', action='store_true')
    x.add_argument('--no-sort-keys', action='store_true')
    x.add_argument('--top-keys', default=[])
    x = new('file-contents-sorter', '+')
    g = x.add_mutually_exclusive_group(required=False)
    g.add_argument('--ignore-case', action='store_const', const=bytes.lower, default=None)
    g.add_argument('--unique', action='store_true')
    x = new('name-tests-test')
    g = x.add_mutually_exclusive_group()
    g.add_argument('--pytest', dest='pattern', action='store_const', const=r'.*_test\.py', default=r'.*_test\.py')
    g.add_argument('--pytest-test-first', dest='pattern', action='store_const', const=r'test_.*\.py')
    g.add_argument('--django', '--unittest', dest='pattern', action='store_const', const=r'test.*\.py')
    x = new('trailing-whitespace-fixer')
    x.add_argument('--no-markdown-linebreak-ext', action='store_true', help=argparse.SUPPRESS)
    x.add_argument('--markdown-linebreak-ext', action='append', default=[], metavar='*|EXT[,EXT,...]')
    x.add_argument('--chars')
    x = new('no-commit-to-branch', None)
    x.add_argument('-b', '--branch', action='append')
    x.add_argument('-p', '--pattern', action='append')
    x = new('detect-aws-credentials', '+')
    x.add_argument('--credentials-file', dest='credentials_file', action='append', default=[])
    x.add_argument('--allow-missing-credentials', action='store_true')
    x = new('check-vcs-permalinks')
    x.add_argument('--additional-github-domain', dest='additional_github_domains', action='append', default=[])
    x = new('check-merge-conflict')
    x.add_argument('--assume-in-merge', action='store_true')
    new('check-json')
    return p


PARSERS = parsers()
for line in sys.stdin.read().split('\n'):
    if not line:
        continue
    prog, *argv = line.split('\x1f')
    err, out = io.StringIO(), io.StringIO()
    code = 0
    names = []
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            ns = PARSERS[prog].parse_args(argv)
            names = getattr(ns, 'filenames', [])
        except SystemExit as e:
            code = e.code
    print(f'{code}\t{names!r}')
    sys.stdout.write(err.getvalue() + out.getvalue())
    print('\x00')
