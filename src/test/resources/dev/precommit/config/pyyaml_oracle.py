"""Loads inputs exactly as pre-commit does and prints a canonical, type-tagged form.

Input file: one base64-encoded document per line. Output: one line per input,
"OK\t<canonical json>[\t<json string of repr(value)>]" or
"ERR\t<json string of str(exception)>".
pre-commit reads the file as UTF-8 text (universal newlines) and calls
yaml.load(text, Loader=CSafeLoader), falling back to SafeLoader.
"""
import base64
import datetime
import io
import json
import sys

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TooLarge(Exception):
    pass


BUDGET = [0]


def canon(value, path):
    BUDGET[0] += 1
    if BUDGET[0] > 2_000_000:
        raise TooLarge()
    if id(value) in path and isinstance(value, (list, dict, set)):
        return {"t": "cycle"}
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, float):
        return {"t": "float", "v": repr(value)}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, bytes):
        return {"t": "bytes", "v": value.hex()}
    if isinstance(value, datetime.datetime):
        return {"t": "datetime", "v": repr(value)}
    if isinstance(value, datetime.date):
        return {"t": "date", "v": repr(value)}
    path = path | {id(value)}
    if isinstance(value, list):
        return {"t": "list", "v": [canon(v, path) for v in value]}
    if isinstance(value, tuple):
        return {"t": "tuple", "v": [canon(v, path) for v in value]}
    if isinstance(value, dict):
        return {"t": "dict", "v": [[canon(k, path), canon(v, path)] for k, v in value.items()]}
    if isinstance(value, set):
        items = sorted(dump(canon(v, path)) for v in value)
        return {"t": "set", "v": [json.loads(i) for i in items]}
    raise TypeError(type(value))


def dump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=True)


def load(data):
    # open(f, encoding='utf-8').read(): strict decoding plus universal newlines.
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()
    return yaml.load(text, Loader=LOADER)


def main():
    sys.setrecursionlimit(10000)
    with open(sys.argv[1]) as f:
        lines = f.read().split("\n")[:-1]
    out = []
    for line in lines:
        data = base64.b64decode(line)
        try:
            value = load(data)
            try:
                BUDGET[0] = 0
                result = "OK\t" + dump(canon(value, frozenset()))
                # Python's set order is its hash order; repr is only compared without sets.
                if "{\"t\":\"set\"" not in result:
                    result += "\t" + dump(repr(value))
            except (TooLarge, RecursionError):
                result = "OK\t<too large to print>"
        except Exception as e:  # pre-commit catches Exception and prints str(e)
            result = "ERR\t" + dump(str(e))
        out.append(result)
    sys.stdout.write("\n".join(out) + "\n")


main()
