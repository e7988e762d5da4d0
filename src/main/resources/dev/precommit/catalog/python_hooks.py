# The built-in hooks that need Python's own parser and tokenizer, for precommit's catalog.
# precommit runs this file with `python3 -c`, once per batch of files:
#   python3 -c <this file> <console-script name> [args] [filenames]
# Each hook below follows the behaviour of the pre-commit-hooks hook of the same name.
import argparse
import ast
import io
import platform
import re
import sys
import tokenize
import traceback


def _parser(prog):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('filenames', nargs='*')
    return parser


def check_ast(argv):
    args = _parser('check-ast').parse_args(argv)
    status = 0
    for filename in args.filenames:
        with open(filename, 'rb') as f:
            source = f.read()
        try:
            ast.parse(source, filename=filename)
        except SyntaxError:
            impl = platform.python_implementation()
            version = sys.version.split()[0]
            print(f'{filename}: failed parsing with {impl} {version}:')
            block = traceback.format_exc().replace('\n', '\n    ')
            print(f'\n    {block}')
            status = 1
    return status


LITERALS = {
    'complex': '0j', 'dict': '{}', 'float': '0.0', 'int': '0',
    'list': '[]', 'str': "''", 'tuple': '()',
}


class _LiteralCalls(ast.NodeVisitor):
    def __init__(self, names, allow_dict_kwargs):
        self.names = names
        self.allow_dict_kwargs = allow_dict_kwargs
        self.found = []

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id in self.names:
            exempt = bool(node.args) or (
                func.id == 'dict' and self.allow_dict_kwargs and
                bool(node.keywords)
            )
            if not exempt:
                self.found.append((func.id, node.lineno, node.col_offset))
        self.generic_visit(node)


def check_builtin_literals(argv):
    parser = argparse.ArgumentParser(prog='check-builtin-literals')
    parser.add_argument('filenames', nargs='*')
    parser.add_argument(
        '--ignore', type=lambda s: set(s.split(',')), default=set(),
    )
    mutex = parser.add_mutually_exclusive_group(required=False)
    mutex.add_argument('--allow-dict-kwargs', action='store_true')
    mutex.add_argument(
        '--no-allow-dict-kwargs', dest='allow_dict_kwargs',
        action='store_false',
    )
    mutex.set_defaults(allow_dict_kwargs=True)
    args = parser.parse_args(argv)
    names = set(LITERALS) - args.ignore
    status = 0
    for filename in args.filenames:
        with open(filename, 'rb') as f:
            tree = ast.parse(f.read(), filename=filename)
        visitor = _LiteralCalls(names, args.allow_dict_kwargs)
        visitor.visit(tree)
        for name, line, col in visitor.found:
            print(f'{filename}:{line}:{col}: replace {name}() with {LITERALS[name]}')
            status = 1
    return status


NOT_CODE = {
    tokenize.COMMENT, tokenize.NEWLINE, tokenize.NL, tokenize.ENCODING,
    tokenize.ENDMARKER,
}


def check_docstring_first(argv):
    args = _parser('check-docstring-first').parse_args(argv)
    status = 0
    for filename in args.filenames:
        with open(filename, 'rb') as f:
            source = f.read()
        doc_line = code_line = None
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            kind, (line, col) = tok.type, tok.start
            if kind == tokenize.STRING and col == 0:
                if doc_line is not None:
                    print(
                        f'{filename}:{line}: Multiple module docstrings '
                        f'(first docstring on line {doc_line}).',
                    )
                    status = 1
                    break
                elif code_line is not None:
                    print(
                        f'{filename}:{line}: Module docstring appears after '
                        f'code (code seen on line {code_line}).',
                    )
                    status = 1
                    break
                doc_line = line
            elif kind not in NOT_CODE and code_line is None:
                code_line = line
    return status


DEBUGGERS = {
    'bpdb', 'ipdb', 'pdb', 'pdbr', 'pudb', 'pydevd_pycharm', 'q', 'rdb',
    'rpdb', 'wdb',
}


class _Debuggers(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name in DEBUGGERS:
                self.found.append((node.lineno, node.col_offset, alias.name,
                                   'imported'))

    def visit_ImportFrom(self, node):
        if node.module in DEBUGGERS:
            self.found.append((node.lineno, node.col_offset, node.module,
                               'imported'))

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name) and node.func.id == 'breakpoint':
            self.found.append((node.lineno, node.col_offset, 'breakpoint',
                               'called'))
        self.generic_visit(node)


def debug_statement_hook(argv):
    args = _parser('debug-statement-hook').parse_args(argv)
    status = 0
    for filename in args.filenames:
        with open(filename, 'rb') as f:
            source = f.read()
        try:
            tree = ast.parse(source, filename=filename)
        except SyntaxError:
            print(f'{filename} - Could not parse ast')
            print()
            print('\t' + traceback.format_exc().replace('\n', '\n\t'))
            print()
            status = 1
            continue
        visitor = _Debuggers()
        visitor.visit(tree)
        for line, col, name, reason in visitor.found:
            print(f'{filename}:{line}:{col}: {name} {reason}')
            status = 1
    return status


START_QUOTE = re.compile('^[a-zA-Z]*"')


def _single_quoted(token):
    if '"""' in token or "'''" in token:
        return token
    match = START_QUOTE.match(token)
    if match is None:
        return token
    meat = token[match.end():-1]
    if '"' in meat or "'" in meat:
        return token
    return match.group()[:-1] + "'" + meat + "'"


def double_quote_string_fixer(argv):
    args = _parser('double-quote-string-fixer').parse_args(argv)
    status = 0
    for filename in args.filenames:
        with open(filename, encoding='UTF-8', newline='') as f:
            text = f.read()
        # Line offsets as str.splitlines sees them, while the tokenizer splits on
        # \n only: the original's arithmetic, kept even where the two disagree.
        offsets = [-1, 0]
        for piece in text.splitlines(True):
            offsets.append(offsets[-1] + len(piece))
        chars = list(text)
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        for tok in reversed(tokens):
            if tok.type == tokenize.STRING:
                (srow, scol), (erow, ecol) = tok.start, tok.end
                chars[offsets[srow] + scol:offsets[erow] + ecol] = _single_quoted(tok.string)
        new_text = ''.join(chars)
        if new_text != text:
            with open(filename, 'w', encoding='UTF-8', newline='') as f:
                f.write(new_text)
            print(f'Fixing strings in {filename}')
            status = 1
    return status


HOOKS = {
    'check-ast': check_ast,
    'check-builtin-literals': check_builtin_literals,
    'check-docstring-first': check_docstring_first,
    'debug-statement-hook': debug_statement_hook,
    'double-quote-string-fixer': double_quote_string_fixer,
}

if __name__ == '__main__':
    sys.exit(HOOKS[sys.argv[1]](sys.argv[2:]))
